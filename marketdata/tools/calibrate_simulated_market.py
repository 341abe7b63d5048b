#!/usr/bin/env python3
"""Fits the simulated market's parameters (io.optionsv4.marketdata.sim) to the real NSE files.

Run by hand when the source files change; SimulatedMarketCalibrationTest re-derives the key figures from the same
files on every build and fails if the committed tables drift from them.

    python3 marketdata/tools/calibrate_simulated_market.py [DATA_DIR]

Writes sim_anchors.csv (year-end closes the simulated paths pass through) and sim_profiles.csv (per-symbol ATM IV,
smile slope and curvature, median daily volume) into marketdata/src/main/resources/io/optionsv4/marketdata/sim/, and
prints the market-wide figures documented in docs/simulated-market.md. Needs numpy and scipy.
"""
import collections
import csv
import datetime as dt
import glob
import json
import math
import os
import statistics
import sys

import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm

from project_data import data_dir, open_data, strip_gz

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'io', 'optionsv4', 'marketdata', 'sim')
REF = os.path.join(HERE, '..', 'src', 'main', 'resources', 'io', 'optionsv4', 'marketdata', 'reference')
GENERATED = '2026-11-21'
RATE = 0.065
SMILE_RANGE = 2.0  # |standardised moneyness| used in the smile fit


D = data_dir()


def black76(cp, f, k, t, s, df):
    d1 = (math.log(f / k) + 0.5 * s * s * t) / (s * math.sqrt(t))
    d2 = d1 - s * math.sqrt(t)
    return df * cp * (f * norm.cdf(cp * d1) - k * norm.cdf(cp * d2))


def implied_vol(cp, price, f, k, t, df):
    if price <= df * max(cp * (f - k), 0) + 1e-9:
        return None
    try:
        return brentq(lambda s: black76(cp, f, k, t, s, df) - price, 1e-4, 5.0)
    except ValueError:
        return None


def fit_chain(options, t):
    """options: strike -> {'CE': (settle, traded), 'PE': ...}. Returns (forward, atm, slope, curvature) or None."""
    df = math.exp(-RATE * t)
    pairs = [(k, v['CE'][0], v['PE'][0]) for k, v in options.items()
             if 'CE' in v and 'PE' in v and v['CE'][1] and v['PE'][1]]
    if len(pairs) < 3:
        return None
    pairs.sort(key=lambda p: abs(p[1] - p[2]))
    f = statistics.median(k + (c - p) / df for k, c, p in pairs[:3])
    pts = []
    for k, v in options.items():
        side = 'CE' if k >= f else 'PE'
        if side in v and v[side][1]:
            s = implied_vol(1 if side == 'CE' else -1, v[side][0], f, k, t, df)
            if s:
                pts.append((math.log(k / f), s))
    if len(pts) < 5:
        return None
    pts.sort()
    ks = np.array([p[0] for p in pts])
    ss = np.array([p[1] for p in pts])
    atm = float(np.interp(0.0, ks, ss)) if ks.min() < 0 < ks.max() else float(ss[np.argmin(abs(ks))])
    x = ks / (atm * math.sqrt(t))
    m = abs(x) < SMILE_RANGE
    if m.sum() < 5:
        return None
    coef, *_ = np.linalg.lstsq(np.vstack([x[m], x[m] ** 2]).T, ss[m] / atm - 1, rcond=None)
    return f, atm, float(coef[0]), float(coef[1])


def old_fo(path, expiry):
    chains = collections.defaultdict(dict)
    oi = collections.defaultdict(lambda: collections.defaultdict(int))
    for r in csv.DictReader(open_data(path)):
        if r['INSTRUMENT'] in ('OPTSTK', 'OPTIDX') and r['EXPIRY_DT'] == expiry:
            k = float(r['STRIKE_PR'])
            chains[r['SYMBOL']].setdefault(k, {})[r['OPTION_TYP']] = (float(r['SETTLE_PR']), int(r['CONTRACTS']) > 0)
            oi[r['SYMBOL']][k] += int(r['OPEN_INT'])
    return chains, oi


def udiff_fo(path, expiry):
    chains = collections.defaultdict(dict)
    for r in csv.DictReader(open_data(path)):
        if r['FinInstrmTp'] in ('STO', 'IDO') and r['XpryDt'] == expiry:
            k = float(r['StrkPric'])
            traded = int(float(r['TtlTradgVol'] or 0)) > 0
            chains[r['TckrSymb']].setdefault(k, {})[r['OptnTp']] = (float(r['SttlmPric']), traded)
    return chains


def main():
    os.makedirs(OUT, exist_ok=True)
    fits = {}
    t2020 = (dt.date(2020, 1, 30) - dt.date(2020, 1, 1)).days / 365
    chains2020, oi2020 = old_fo(os.path.join(D, 'fo_bhavcopy', 'fo01JAN2020bhav.csv'), '30-Jan-2020')
    for sym, opts in chains2020.items():
        fit = fit_chain(opts, t2020)
        if fit:
            fits[sym] = fit + ('fo_bhavcopy/fo01JAN2020bhav.csv 30-Jan-2020',)
    t2026 = (dt.date(2026, 1, 27) - dt.date(2026, 1, 1)).days / 365
    udiff = 'udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv'
    for sym, opts in udiff_fo(os.path.join(D, udiff), '2026-01-27').items():
        if sym not in fits:
            fit = fit_chain(opts, t2026)
            if fit:
                fits[sym] = fit + (udiff + ' 2026-01-27',)
    volumes = median_volumes()
    anchors = year_end_closes(chains2020)
    with open(os.path.join(OUT, 'sim_profiles.csv'), 'w') as out:
        out.write('# Per-symbol calibration of the simulated market; generated %s by\n' % GENERATED)
        out.write('# marketdata/tools/calibrate_simulated_market.py. atm_iv: Black-76 IV at the forward (parity of the 3 traded\n')
        out.write('# strikes with the smallest |C-P|, rate 6.5%%) of the near-month settle prices; smile_slope, smile_curvature:\n')
        out.write('# least squares of IV/atm_iv - 1 = slope*x + curvature*x^2, x = ln(K/F)/(atm_iv*sqrt(T)), |x| < %.1f, OTM traded\n' % SMILE_RANGE)
        out.write('# options; median_volume: median daily EQ volume (shares) in cm_history (Aug 2019 - Jan 2020) or, failing that,\n')
        out.write('# the 2026-01-01 cash bhavcopy; 0 when unknown. See docs/simulated-market.md.\n')
        out.write('symbol,atm_iv,smile_slope,smile_curvature,median_volume,source\n')
        for sym in sorted(set(fits) | set(volumes)):
            f = fits.get(sym)
            if f is None:
                continue
            out.write('%s,%.4f,%.4f,%.4f,%d,%s\n' % (sym, f[1], f[2], f[3], volumes.get(sym, 0), f[4]))
    with open(os.path.join(OUT, 'sim_anchors.csv'), 'w') as out:
        out.write('# Year-end closes the simulated price paths pass through; generated %s by\n' % GENERATED)
        out.write('# marketdata/tools/calibrate_simulated_market.py. NIFTY: last close of each year in index_daily/nifty50.csv;\n')
        out.write('# stocks: PREVCLOSE (EQ) of cm_bhavcopy/cm01JAN2020bhav.csv = close of 31-Dec-2019 and PREV_CLOSE of\n')
        out.write('# udiff_sample/sec_bhavdata_full_01012026.csv = close of 31-Dec-2025; other indices: their UDiFF UndrlygPric\n')
        out.write('# of 01-Jan-2026 and the parity forward of 01-Jan-2020 discounted to spot, taken as the previous year-end.\n')
        out.write('symbol,year,close,source\n')
        for (sym, year), (close, src) in sorted(anchors.items()):
            out.write('%s,%d,%.2f,%s\n' % (sym, year, close, src))
    report(fits, oi2020, chains2020)


def median_volumes():
    vols = collections.defaultdict(list)
    for path in map(strip_gz, glob.glob(os.path.join(D, 'cm_history', 'cm*bhav.csv*'))):
        for r in csv.DictReader(open_data(path)):
            if r['SERIES'] == 'EQ':
                vols[r['SYMBOL']].append(int(r['TOTTRDQTY']))
    result = {s: int(statistics.median(v)) for s, v in vols.items()}
    for r in cash2026():
        if r['SERIES'] == 'EQ' and r['SYMBOL'] not in result:
            result[r['SYMBOL']] = int(float(r['TTL_TRD_QNTY']))
    return result


def cash2026():
    with open_data(os.path.join(D, 'udiff_sample', 'sec_bhavdata_full_01012026.csv')) as f:
        rows = csv.reader(f)
        header = [h.strip() for h in next(rows)]
        for row in rows:
            yield dict(zip(header, (c.strip() for c in row)))


def year_end_closes(chains2020):
    anchors = {}
    last = {}
    for r in csv.DictReader(open_data(os.path.join(D, 'index_daily', 'nifty50.csv'))):
        last[int(r['Date'][:4])] = float(r['Close'])
    for year, close in last.items():
        if year <= 2025:
            anchors[('NIFTY', year)] = (round(close, 2), 'index_daily/nifty50.csv')
    for r in csv.DictReader(open_data(os.path.join(D, 'cm_bhavcopy', 'cm01JAN2020bhav.csv'))):
        if r['SERIES'] == 'EQ' and r['SYMBOL'] in chains2020:
            anchors[(r['SYMBOL'], 2019)] = (float(r['PREVCLOSE']), 'cm_bhavcopy/cm01JAN2020bhav.csv PREVCLOSE')
    fo2026 = set()
    under2026 = {}
    for r in csv.DictReader(open_data(os.path.join(D, 'udiff_sample', 'BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv'))):
        fo2026.add(r['TckrSymb'])
        if r['FinInstrmTp'] == 'IDO':
            under2026[r['TckrSymb']] = float(r['UndrlygPric'])
    for r in cash2026():
        if r['SERIES'] == 'EQ' and r['SYMBOL'] in fo2026:
            anchors[(r['SYMBOL'], 2025)] = (float(r['PREV_CLOSE']), 'udiff_sample/sec_bhavdata_full_01012026.csv PREV_CLOSE')
    for sym, price in under2026.items():
        if sym != 'NIFTY':
            anchors[(sym, 2025)] = (price, 'udiff_sample UndrlygPric 2026-01-01')
    t = (dt.date(2020, 1, 30) - dt.date(2020, 1, 1)).days / 365
    for sym in ('BANKNIFTY', 'NIFTYIT'):
        fit = fit_chain(chains2020[sym], t)
        if fit is None:
            continue
        f = fit[0]
        anchors[(sym, 2019)] = (round(f * math.exp(-RATE * t), 2), 'fo01JAN2020bhav.csv parity forward discounted')
    return anchors


def report(fits, oi2020, chains2020):
    stocks = {s: f for s, f in fits.items() if s not in ('NIFTY', 'BANKNIFTY', 'NIFTYIT', 'FINNIFTY', 'MIDCPNIFTY', 'NIFTYNXT50')}
    for s in ('NIFTY', 'BANKNIFTY'):
        print('%s atm %.4f slope %.4f curvature %.4f' % (s, fits[s][1], fits[s][2], fits[s][3]))
    print('stocks %d: atm iv p10/50/90 %s slope median %.4f curvature median %.4f' % (
        len(stocks), np.round(np.percentile([f[1] for f in stocks.values()], [10, 50, 90]), 4),
        np.median([f[2] for f in stocks.values()]), np.median([f[3] for f in stocks.values()])))
    within = {1: [], 3: [], 6: []}
    round_ratio = []
    for sym, by in oi2020.items():
        if sym not in fits:
            continue
        ks = np.array(sorted(by))
        oi = np.array([by[k] for k in ks], dtype=float)
        if oi.sum() == 0 or len(ks) < 10:
            continue
        step = statistics.mode(np.diff(ks))
        j = int(np.argmin(abs(ks - fits[sym][0])))
        n = np.round((ks - ks[j]) / step)
        for w in within:
            within[w].append(oi[abs(n) <= w].sum() / oi.sum())
        for i in range(1, len(ks) - 1):
            if abs(n[i]) <= 8 and ks[i] % (2 * step) == 0 and oi[i - 1] + oi[i + 1] > 0:
                round_ratio.append(oi[i] / (0.5 * (oi[i - 1] + oi[i + 1])))
    print('OI share within 1/3/6 strikes of ATM (median over symbols): %s' % [round(np.median(v), 3) for v in within.values()])
    print('OI at strikes on a 2-step grid / mean of neighbours: median %.3f' % np.median(round_ratio))


if __name__ == '__main__':
    main()
