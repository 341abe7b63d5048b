package io.optionsv4.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Looks for NaN or infinite values in the floating-point columns of one day's rows. The schema's domains reject them,
 * so this finds rows written by something that bypassed the migrations (an older database, a manual edit).
 */
final class NanScan {

    private NanScan() {}

    /** Returns one problem line per column holding NaN or infinity among {@code date}'s rows. */
    static List<String> scan(Handle h, LocalDate date) {
        List<String> problems = new ArrayList<>();
        List<String[]> columns = h.createQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND data_type = 'double precision'"
                        + " AND (table_name LIKE 'strateg%' OR table_name IN ('historical_iv_summary',"
                        + " 'iv_percentiles', 'option_chain_data')) ORDER BY table_name, ordinal_position")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] column : columns) {
            String bad = "(" + column[1] + " = 'NaN' OR abs(" + column[1] + ") = 'Infinity')";
            int n = DatabaseMaintenance.count(
                    h, "SELECT count(*) FROM " + column[0] + " c WHERE " + bad + " AND " + dayFilter(column[0]), date);
            if (n > 0) {
                problems.add(n + " NaN or infinite values in " + column[0] + "." + column[1]);
            }
        }
        return problems;
    }

    private static String dayFilter(String table) {
        if (table.equals("strategies")) {
            return "c.trade_date = :d";
        }
        if (table.startsWith("strategy_")) {
            return "EXISTS (SELECT 1 FROM strategies s WHERE s.id = c.strategy_id AND s.trade_date = :d)";
        }
        return table.equals("iv_percentiles") ? "c.as_of_date = :d" : "c.trade_date = :d";
    }
}
