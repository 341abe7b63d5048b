#!/usr/bin/env python3
"""Derives the reference tables of io.optionsv4.marketdata.reference from the real NSE files.

Run once by hand when the source files change; the Java tests (ReferenceTablesTest and friends)
check the committed tables against the same files on every build.

    python3 marketdata/tools/generate_reference_tables.py [DATA_DIR]

DATA_DIR defaults to the project's data/ folder (files plain or gzipped).
Writes underlyings.csv, lot_sizes.csv, strike_steps.csv and holidays.csv into
marketdata/src/main/resources/io/optionsv4/marketdata/reference/. See docs/reference-data.md.
"""
import collections
import csv
import datetime as dt
import math
import os
import sys

from project_data import data_dir, open_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'io', 'optionsv4', 'marketdata', 'reference')
GENERATED = '2026-11-21'
NEAR_STRIKES = 11
INDICES = {
    # symbol: (name) -- the F&O indices seen in the files, plus India VIX (no derivatives)
    'NIFTY': 'NIFTY 50', 'BANKNIFTY': 'NIFTY BANK', 'FINNIFTY': 'NIFTY FINANCIAL SERVICES',
    'MIDCPNIFTY': 'NIFTY MID SELECT', 'NIFTYNXT50': 'NIFTY NEXT 50', 'NIFTYIT': 'NIFTY IT',
    'INDIA VIX': 'India Volatility Index',
}
# Weekday sessions that Yahoo's ^NSEI history lacks although NSE traded (1 January is never an NSE
# holiday; 13-Feb-2019 and 29-Mar-2019 are not in NSE's 2019 holiday list).
YAHOO_GAPS = {dt.date(2009, 1, 1), dt.date(2010, 1, 1), dt.date(2019, 2, 13), dt.date(2019, 3, 29)}
# Diwali Laxmi Pujan on a weekday: an exchange holiday with only the one-hour Muhurat session, which
# Yahoo records as a normal row. Weekend Muhurat sessions (e.g. Sunday 27-Oct-2019) need no entry.
MUHURAT_WEEKDAYS = {dt.date(2017, 10, 19), dt.date(2018, 11, 7), dt.date(2021, 11, 4),
                    dt.date(2022, 10, 24), dt.date(2024, 11, 1), dt.date(2025, 10, 21)}
# Holidays beyond the NIFTY history that NSE's own contract schedule shows: in the UDiFF file of
# 01-Jan-2026 the last-Tuesday expiries of Mar-2026 and Dec-2029 are listed one day early.
SCHEDULED = {dt.date(2026, 3, 31): 'UDiFF 2026-01-01: Mar-2026 expiry listed on Mon 30-Mar-2026',
             dt.date(2029, 12, 25): 'UDiFF 2026-01-01: Dec-2029 expiry listed on Mon 24-Dec-2029'}


def read_mktlots(path):
    """Returns {symbol: (name, kind, {YYYY-MM: lot})} for the first three (serial) month columns."""
    rows = [[c.strip() for c in line.split(',')] for line in open_data(path) if line.strip()]
    months = [dt.datetime.strptime(m, '%b-%y').strftime('%Y-%m') for m in rows[0][2:5]]
    out, kind = {}, 'INDEX'
    for r in rows[1:]:
        if r[1].upper() == 'SYMBOL':
            kind = 'STOCK'
            continue
        lots = {m: int(v) for m, v in zip(months, r[2:5]) if v}
        out[r[1]] = (r[0], kind, lots)
    return out


def fo2020_lots(data):
    """Lot per (symbol, contract month) from the gcd of OI and change in OI, 1-3 Jan 2020."""
    g, n = collections.defaultdict(int), collections.Counter()
    kinds = {}
    for day in ('01', '02', '03'):
        for r in csv.DictReader(open_data(os.path.join(data, 'fo_bhavcopy', f'fo{day}JAN2020bhav.csv'))):
            month = dt.datetime.strptime(r['EXPIRY_DT'], '%d-%b-%Y').strftime('%Y-%m')
            kinds[r['SYMBOL']] = 'INDEX' if r['INSTRUMENT'].endswith('IDX') else 'STOCK'
            for c in ('OPEN_INT', 'CHG_IN_OI'):
                x = abs(int(float(r[c])))
                if x:
                    g[(r['SYMBOL'], month)] = math.gcd(g[(r['SYMBOL'], month)], x)
                    n[(r['SYMBOL'], month)] += 1
    out = {}
    for sym in sorted(kinds):
        near = g.get((sym, '2020-01'), 0)
        if n[(sym, '2020-01')] < 5:
            continue
        months = {'2020-01': near}
        for m in ('2020-02', '2020-03'):
            if g.get((sym, m), 0) and g[(sym, m)] % near == 0:
                months[m] = near
        out[sym] = (kinds[sym], months)
    return out


def udiff_lots(data):
    out, kinds, names = collections.defaultdict(dict), {}, {}
    path = os.path.join(data, 'udiff_sample', 'BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv')
    for r in csv.DictReader(open_data(path)):
        if r['FinInstrmTp'] not in ('IDO', 'STO', 'IDF', 'STF'):
            continue
        month = r['XpryDt'][:7]
        if month > '2026-03':
            continue
        sym = r['TckrSymb']
        kinds[sym] = 'INDEX' if r['FinInstrmTp'] in ('IDO', 'IDF') else 'STOCK'
        lot = int(float(r['NewBrdLotQty']))
        prev = out[sym].setdefault(month, lot)
        assert prev == lot, (sym, month, prev, lot)
    return out, kinds


def fno_exits(data):
    """Stocks listing fewer than 3 serial months on 01-Jan-2020 or 01-Jan-2026: NSE lists no new months for a stock
    that leaves F&O, so its last listed month is its last contract month."""
    files = [('2020-01-01', 'fo_bhavcopy/fo01JAN2020bhav.csv', 'SYMBOL', 'INSTRUMENT', ('FUTSTK', 'OPTSTK'),
              lambda r: dt.datetime.strptime(r['EXPIRY_DT'], '%d-%b-%Y').strftime('%Y-%m')),
             ('2026-01-01', 'udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv', 'TckrSymb', 'FinInstrmTp',
              ('STF', 'STO'), lambda r: r['XpryDt'][:7])]
    rows = []
    for day, path, sym, typ, stock_types, month in files:
        months = collections.defaultdict(set)
        for r in csv.DictReader(open_data(os.path.join(data, path))):
            if r[typ] in stock_types:
                months[r[sym]].add(month(r))
        rows += [(s, max(m), day, path) for s, m in sorted(months.items()) if len(m) < 3]
    return rows


def month_runs(months):
    """Groups {YYYY-MM: lot} into (first, last, lot) runs of consecutive months with the same lot."""
    runs = []
    for m in sorted(months):
        y, mo = map(int, m.split('-'))
        if runs:
            f, last, lot = runs[-1]
            ly, lm = map(int, last.split('-'))
            if lot == months[m] and (ly * 12 + lm + 1) == y * 12 + mo:
                runs[-1] = (f, m, lot)
                continue
        runs.append((m, m, months[m]))
    return runs


def industries(data):
    def load(p):
        return {r['Symbol'].strip(): r for r in csv.DictReader(open_data(os.path.join(data, 'constituents', p),
                                                                    encoding='utf-8-sig'))}
    old, new = load('2019-10/ind_nifty500list.csv'), load('2026-03/ind_nifty500list.csv')
    votes = collections.defaultdict(collections.Counter)
    for s in old.keys() & new.keys():
        votes[old[s]['Industry'].strip()][new[s]['Industry'].strip()] += 1
    mapping = {o: c.most_common(1)[0][0] for o, c in votes.items()}
    return old, new, mapping


def strike_steps(data):
    """Most common spacing between the NEAR_STRIKES near-month strikes nearest the underlying price."""
    out = {}
    strikes, spot = collections.defaultdict(set), {}
    for r in csv.DictReader(open_data(os.path.join(data, 'fo_bhavcopy', 'fo01JAN2020bhav.csv'))):
        if r['EXPIRY_DT'] != '30-Jan-2020':
            continue
        if r['INSTRUMENT'].startswith('FUT'):
            spot[r['SYMBOL']] = float(r['CLOSE'])
        else:
            strikes[r['SYMBOL']].add(float(r['STRIKE_PR']))
    out['2020-01-01'] = (strikes, spot, 'fo_bhavcopy/fo01JAN2020bhav.csv')
    strikes, spot = collections.defaultdict(set), {}
    path = 'udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv'
    for r in csv.DictReader(open_data(os.path.join(data, path))):
        if r['XpryDt'] != '2026-01-27' or r['FinInstrmTp'] not in ('IDO', 'STO'):
            continue
        strikes[r['TckrSymb']].add(float(r['StrkPric']))
        spot[r['TckrSymb']] = float(r['UndrlygPric'])
    out['2026-01-01'] = (strikes, spot, path)
    rows = []
    for day, (strikes, spot, src) in out.items():
        for sym in sorted(strikes):
            near = sorted(sorted(strikes[sym], key=lambda k: abs(k - spot[sym]))[:NEAR_STRIKES])
            gaps = collections.Counter(round(b - a, 2) for a, b in zip(near, near[1:]))
            step = max(gaps.items(), key=lambda kv: (kv[1], -kv[0]))[0]
            rows.append((sym, day, step, src))
    return rows


def holidays(data):
    def dates(p):
        return {dt.date.fromisoformat(r['Date'][:10]) for r in csv.DictReader(open_data(os.path.join(data, p)))}
    nifty, vix = dates('index_daily/nifty50.csv'), dates('index_daily/indiavix.csv')
    d, end, out = min(nifty), max(nifty), []
    while d <= end:
        if d.weekday() < 5 and d not in nifty and d not in vix and d not in YAHOO_GAPS:
            out.append((d, 'HOLIDAY'))
        if d in MUHURAT_WEEKDAYS:
            out.append((d, 'MUHURAT'))
        d += dt.timedelta(1)
    out += [(d, 'SCHEDULED') for d in SCHEDULED]
    return min(nifty), end, sorted(out)


def fmt_step(x):
    return ('%.2f' % x).rstrip('0').rstrip('.')


def main():
    data = data_dir()
    m2020 = read_mktlots(os.path.join(data, 'lot_sizes', '2020-07', 'fo_mktlots.csv'))
    m2026 = read_mktlots(os.path.join(data, 'lot_sizes', '2026-08', 'fo_mktlots.csv'))
    jan2020 = fo2020_lots(data)
    udiff, ukinds = udiff_lots(data)
    old, new, mapping = industries(data)

    kinds, mkt_names = {}, {}
    for s, (k, _) in jan2020.items():
        kinds[s] = k
    for s, k in ukinds.items():
        kinds[s] = k
    for src in (m2020, m2026):
        for s, (name, k, _) in src.items():
            kinds[s] = k
            mkt_names[s] = name
    kinds['INDIA VIX'] = 'INDEX'

    with open(os.path.join(OUT, 'underlyings.csv'), 'w') as f:
        f.write(f'# NSE F&O underlyings; generated {GENERATED} by marketdata/tools/generate_reference_tables.py from\n'
                '# constituents/2026-03 and 2019-10/ind_nifty500list.csv (name, industry), lot_sizes/*/fo_mktlots.csv,\n'
                '# fo_bhavcopy/fo0[1-3]JAN2020bhav.csv and udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv.\n'
                '# industry = label in the newest NIFTY 500 list holding the symbol; sector = NSE 2026 taxonomy\n'
                '# (old 2019 labels mapped by majority of symbols in both lists); UNCLASSIFIED where no list has it.\n')
        f.write('symbol,name,kind,industry,sector\n')
        for s in sorted(kinds):
            if kinds[s] == 'INDEX':
                name, ind, sec = INDICES[s], 'Index', 'Index'
            elif s in new:
                name, ind = new[s]['Company Name'].strip(), new[s]['Industry'].strip()
                sec = ind
            elif s in old:
                name, ind = old[s]['Company Name'].strip(), old[s]['Industry'].strip()
                sec = mapping[ind]
            else:
                name, ind, sec = mkt_names.get(s, s), 'UNCLASSIFIED', 'UNCLASSIFIED'
            assert ',' not in name + ind + sec, s
            f.write(f'{s},{name},{kinds[s]},{ind},{sec}\n')

    with open(os.path.join(OUT, 'lot_sizes.csv'), 'w') as f:
        f.write(f'# Lot size (units per lot) by contract expiry month; generated {GENERATED} by\n'
                '# marketdata/tools/generate_reference_tables.py. Sources: FO2020 = gcd of OPEN_INT and CHG_IN_OI in\n'
                '# fo_bhavcopy/fo0[1-3]JAN2020bhav.csv; MKTLOTS2020 = lot_sizes/2020-07/fo_mktlots.csv (2020-08-07);\n'
                '# UDIFF2026 = NewBrdLotQty in udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv;\n'
                '# MKTLOTS2026 = lot_sizes/2026-08/fo_mktlots.csv (2026-08-01). Serial months only; no long-dated.\n')
        f.write('symbol,first_month,last_month,units_per_lot,source\n')
        rows = []
        for s, (_, months) in jan2020.items():
            rows += [(s, a, b, lot, 'FO2020') for a, b, lot in month_runs(months)]
        for src, table in (('MKTLOTS2020', m2020), ('MKTLOTS2026', m2026)):
            for s, (_, _, months) in table.items():
                rows += [(s, a, b, lot, src) for a, b, lot in month_runs(months)]
        for s, months in udiff.items():
            rows += [(s, a, b, lot, 'UDIFF2026') for a, b, lot in month_runs(months)]
        for r in sorted(rows):
            f.write(','.join(map(str, r)) + '\n')

    with open(os.path.join(OUT, 'strike_steps.csv'), 'w') as f:
        f.write(f'# Strike step: the most common spacing between the {NEAR_STRIKES} near-month option strikes nearest\n'
                f'# the underlying price (future close in 2020, UndrlygPric in 2026; ties: smaller); generated {GENERATED} by\n'
                '# marketdata/tools/generate_reference_tables.py from the files named in the source column.\n')
        f.write('symbol,observed_on,step,source\n')
        for s, day, step, src in strike_steps(data):
            f.write(f'{s},{day},{fmt_step(step)},{src}\n')

    first, last, hol = holidays(data)
    with open(os.path.join(OUT, 'holidays.csv'), 'w') as f:
        f.write(f'# NSE exchange holidays (weekdays without a regular session); generated {GENERATED} by\n'
                '# marketdata/tools/generate_reference_tables.py from index_daily/nifty50.csv and indiavix.csv\n'
                '# (Yahoo ^NSEI, ^INDIAVIX, committed 2026-03-15), checked against cm_history/ (Aug 2019 - Jan 2020).\n'
                '# HOLIDAY = weekday in neither history; MUHURAT = weekday Diwali with only the Muhurat session;\n'
                '# SCHEDULED = beyond the coverage, known from NSE expiry shifts in the UDiFF file of 2026-01-01.\n')
        f.write('date,kind\n')
        for d, k in hol:
            f.write(f'{d},{k}\n')
    with open(os.path.join(OUT, 'fno_exits.csv'), 'w') as f:
        f.write(f'# Stocks leaving F&O: they list fewer than 3 serial months on observed_on, so NSE adds no new months;\n'
                f'# last_contract_month is the last listed. Generated {GENERATED} by\n'
                '# marketdata/tools/generate_reference_tables.py from the files named in the source column.\n')
        f.write('symbol,last_contract_month,observed_on,source\n')
        for row in fno_exits(data):
            f.write(','.join(row) + '\n')

    with open(os.path.join(OUT, 'calendar_coverage.csv'), 'w') as f:
        f.write(f'# Dates for which holidays.csv is complete: the span of index_daily/nifty50.csv; generated {GENERATED}\n')
        f.write('first_day,last_day\n')
        f.write(f'{first},{last}\n')
    print('old->new industry mapping', mapping)


if __name__ == '__main__':
    main()
