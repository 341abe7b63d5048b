-- Options V4 schema, part 11: exit intents (issue 16). Before any exit order is sent, the decision to close is stored
-- as an intent: the strategy, the rule that decided, and the share of the original position that should be closed once
-- it is carried out. A decision seen twice (two monitors, a restart, a repeated cycle) finds its intent and carries out
-- only what is still missing; the exit orders carry correlation ids derived from the intent.

CREATE TABLE strategy_exit_intents (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy_id             bigint NOT NULL REFERENCES strategies (id) ON DELETE RESTRICT,
    rule                    text NOT NULL CHECK (rule <> ''),
    target_closed_fraction  double precision NOT NULL CHECK (target_closed_fraction > 0 AND target_closed_fraction <= 1),
    reason                  text NOT NULL,
    source                  text NOT NULL CHECK (source IN ('MONITOR', 'MANUAL')),
    state                   text NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    message                 text NOT NULL DEFAULT '',
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT strategy_exit_intents_once UNIQUE (strategy_id, rule, target_closed_fraction)
);
CREATE INDEX strategy_exit_intents_pending_idx ON strategy_exit_intents (strategy_id) WHERE state = 'PENDING';
