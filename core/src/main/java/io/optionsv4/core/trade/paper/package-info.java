/**
 * What the paper broker keeps about an account, and the {@link io.optionsv4.core.trade.paper.PaperAccountStore} port
 * that keeps it: orders with their placement time ({@link io.optionsv4.core.trade.paper.PaperOrder}), fills with the
 * charges booked for each ({@link io.optionsv4.core.trade.paper.BookedFill}), expiry settlements
 * ({@link io.optionsv4.core.trade.paper.Settlement}) and the cash ledger
 * ({@link io.optionsv4.core.trade.paper.LedgerEntry}). A {@link io.optionsv4.core.trade.paper.PaperBook} is the whole
 * account as stored; {@link io.optionsv4.core.trade.paper.PaperChanges} is one atomic step of it. Positions and funds
 * are not stored: they are derived from fills, settlements and the ledger. Pure values, no I/O.
 */
package io.optionsv4.core.trade.paper;
