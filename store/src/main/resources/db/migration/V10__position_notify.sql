-- Options V4 schema, part 10: a notification when a strategy's traded legs change (entry fills, exits), so a running
-- monitor picks up a strategy executed by another process without a restart (PostgreSQL LISTEN/NOTIFY on the channel
-- options_v4_positions, payload the strategy id). Notifications are delivered at commit; the monitor still re-reads
-- the open strategies periodically in case one is missed (a listener that was reconnecting).

CREATE FUNCTION notify_position_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('options_v4_positions', NEW.strategy_id::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trades_notify_position_change AFTER INSERT OR UPDATE ON trades
    FOR EACH ROW EXECUTE FUNCTION notify_position_change();
