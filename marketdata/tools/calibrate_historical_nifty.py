#!/usr/bin/env python3
"""Fits the historical NIFTY market's chain model (io.optionsv4.marketdata.history.ChainModel) to the real NIFTY chains.

    python3 marketdata/tools/calibrate_historical_nifty.py [DATA_DIR]

Real chains: fo_bhavcopy/fo0[1-3]JAN2020bhav.csv and udiff_sample/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv (settlement
prices of traded options, the fit), option_chain/optionchain.json (23 Aug 2019 15:30, mids of two-sided quotes, out of
sample). Per expiry: forward = median of K + (C - P)/DF over the 3 strikes with both sides traded and the smallest
|C - P|; Black-76 IV of every traded out-of-the-money option; ATM IV interpolated linearly in k = ln(K/F) at 0. India
VIX of the day from index_daily/indiavix.csv (the last earlier row when the day has none, as the market does). Rates:
ln(1 + RBI repo) of the day (rbi_repo_rates.csv).

Fits, on the 2020 and 2026 expiries with 2 to 100 days to expiry:
  1. ATM term structure: theta(T) = vinf*T + (v0 - vinf)*(1 - exp(-kappa*T))/kappa, v0 solved so that the 30-day ATM
     vol is c * VIX/100; least squares of the ATM IVs over (c, sqrt(vinf), kappa).
  2. SSVI smile: least squares of the OTM IVs with |k|/(ATM*sqrt(T)) <= 2.5 over (rho, eta), theta = ATM_real^2 * T.
  3. Forward premium: median of ln(F/S)/T - (r - q) over the parity forwards (q = 1.2 %, the dividend yield).
Prints the parameters and the residuals quoted in docs/backtest.md; HistoricalNiftyCalibrationTest checks the committed
constants against the same chains on every build. Needs numpy and scipy.
"""
import collections
import csv
import datetime as dt
import json
import math
import os
import statistics

import numpy as np
from scipy.optimize import brentq, least_squares
from scipy.stats import norm

from project_data import data_dir, open_data

D = data_dir()
REPO = {'2019-08-23': 0.0540, '2020-01-01': 0.0515, '2020-01-02': 0.0515, '2020-01-03': 0.0515,
        '2026-01-01': 0.0525}
T30 = 30 / 365
DIVIDEND_YIELD = 0.012
FORWARD_PREMIUM = 0.020
SMILE_RANGE = 2.5


def black76(cp, f, k, t, s, df):
    d1 = (math.log(f / k) + 0.5 * s * s * t) / (s * math.sqrt(t))
    return df * cp * (f * norm.cdf(cp * d1) - k * norm.cdf(cp * (d1 - s * math.sqrt(t))))


def implied_vol(cp, price, f, k, t, df):
    if price <= df * max(cp * (f - k), 0) + 1e-9:
        return None
    try:
        return brentq(lambda s: black76(cp, f, k, t, s, df) - price, 1e-4, 5.0)
    except ValueError:
        return None


def history(name):
    with open_data(os.path.join(D, 'index_daily', name)) as f:
        return {r['Date']: round(float(r['Close']), 2) for r in csv.DictReader(f)}


NIFTY = history('nifty50.csv')
VIX = history('indiavix.csv')


def vix_on(day):
    return VIX[max(d for d in VIX if d <= day)]


def expiries(as_of, chains):
    """Per expiry: dict(as_of, expiry, t, forward, atm, points [(k, iv)], vix)."""
    rate = math.log1p(REPO[as_of])
    out = []
    for expiry, options in sorted(chains.items()):
        t = (dt.date.fromisoformat(expiry) - dt.date.fromisoformat(as_of)).days / 365
        if t <= 0:
            continue
        df = math.exp(-rate * t)
        pairs = sorted(((k, o['CE'][0], o['PE'][0]) for k, o in options.items()
                        if 'CE' in o and 'PE' in o and o['CE'][1] and o['PE'][1]), key=lambda p: abs(p[1] - p[2]))
        if len(pairs) < 3:
            continue
        f = statistics.median(k + (c - p) / df for k, c, p in pairs[:3])
        points = []
        for k, o in options.items():
            side = 'CE' if k >= f else 'PE'
            if side in o and o[side][1]:
                s = implied_vol(1 if side == 'CE' else -1, o[side][0], f, k, t, df)
                if s:
                    points.append((math.log(k / f), s))
        points.sort()
        ks = np.array([p[0] for p in points])
        if len(points) < 5 or not ks.min() < 0 < ks.max():
            continue
        atm = float(np.interp(0.0, ks, np.array([p[1] for p in points])))
        out.append(dict(as_of=as_of, expiry=expiry, t=t, forward=f, atm=atm, points=points, vix=vix_on(as_of),
                        spot=NIFTY[as_of]))
    return out


def old_format(name):
    chains = collections.defaultdict(dict)
    with open_data(os.path.join(D, 'fo_bhavcopy', name)) as f:
        for r in csv.DictReader(f):
            if r['SYMBOL'] == 'NIFTY' and r['INSTRUMENT'] == 'OPTIDX':
                e = dt.datetime.strptime(r['EXPIRY_DT'], '%d-%b-%Y').date().isoformat()
                chains[e].setdefault(float(r['STRIKE_PR']), {})[r['OPTION_TYP']] = (
                    float(r['SETTLE_PR']), int(r['CONTRACTS']) > 0)
    return chains


def udiff():
    chains = collections.defaultdict(dict)
    with open_data(os.path.join(D, 'udiff_sample', 'BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv')) as f:
        for r in csv.DictReader(f):
            if r['TckrSymb'] == 'NIFTY' and r['FinInstrmTp'] == 'IDO':
                chains[r['XpryDt']].setdefault(float(r['StrkPric']), {})[r['OptnTp']] = (
                    float(r['SttlmPric']), int(float(r['TtlTradgVol'] or 0)) > 0)
    return chains


def snapshot():
    with open_data(os.path.join(D, 'option_chain', 'optionchain.json')) as f:
        records = json.load(f)['records']['data']
    chains = collections.defaultdict(dict)
    for row in records:
        e = dt.datetime.strptime(row['expiryDate'], '%d-%b-%Y').date().isoformat()
        for side in ('CE', 'PE'):
            q = row.get(side)
            if q and q['bidprice'] > 0 and q['askPrice'] > q['bidprice']:
                chains[e].setdefault(float(row['strikePrice']), {})[side] = (
                    (q['bidprice'] + q['askPrice']) / 2, q['totalTradedVolume'] > 0)
    return chains


def model_atm(params, vix, t):
    c, sinf, kappa = params
    vinf = sinf * sinf
    weight = lambda u: -math.expm1(-kappa * u) / kappa
    v0 = max(vinf + ((c * vix / 100) ** 2 - vinf) * T30 / weight(T30), 0.25 * (c * vix / 100) ** 2)
    return math.sqrt((vinf * t + (v0 - vinf) * weight(t)) / t)


def ssvi(k, theta, rho, eta, t):
    phik = eta / math.sqrt(theta) * k
    return math.sqrt(0.5 * theta * (1 + rho * phik + math.sqrt((phik + rho) ** 2 + 1 - rho * rho)) / t)


def smile_points(rows):
    for r in rows:
        theta = r['atm'] ** 2 * r['t']
        for k, s in r['points']:
            if abs(k) / math.sqrt(theta) <= SMILE_RANGE:
                yield r, k, s, theta


def rmse(errors):
    return math.sqrt(sum(e * e for e in errors) / len(errors))


def main():
    fit_rows, check_rows = [], []
    for name, day in (('fo01JAN2020bhav.csv', '2020-01-01'), ('fo02JAN2020bhav.csv', '2020-01-02'),
                      ('fo03JAN2020bhav.csv', '2020-01-03')):
        fit_rows += expiries(day, old_format(name))
    fit_rows += expiries('2026-01-01', udiff())
    check_rows += expiries('2019-08-23', snapshot())
    in_range = lambda r: 2 <= round(r['t'] * 365) <= 100
    fit = [r for r in fit_rows if in_range(r)]
    check = [r for r in check_rows if in_range(r)]

    term = least_squares(lambda p: [model_atm(p, r['vix'], r['t']) - r['atm'] for r in fit], [0.9, 0.15, 3.0],
                         bounds=([0.5, 0.05, 0.1], [1.5, 0.4, 60])).x
    smile = least_squares(lambda p: [ssvi(k, th, p[0], p[1], r['t']) - s for r, k, s, th in smile_points(fit)],
                          [-0.3, 0.6], bounds=([-0.95, 0.05], [0.95, 3])).x
    print('ATM_TO_VIX %.3f  LONG_RUN_ATM_VOL %.3f  VARIANCE_REVERSION %.2f' % tuple(term))
    print('SMILE_RHO %.3f  SMILE_ETA %.3f  (eta^2(1+|rho|) = %.3f)' % (smile[0], smile[1],
                                                                        smile[1] ** 2 * (1 + abs(smile[0]))))
    premia = [math.log(r['forward'] / r['spot']) / r['t'] - (math.log1p(REPO[r['as_of']]) - DIVIDEND_YIELD) for r in fit]
    print('FORWARD_PREMIUM %.4f (median; least squares in ln F: %.4f)' % (
        statistics.median(premia), sum(r['t'] ** 2 * p for r, p in zip(fit, premia)) / sum(r['t'] ** 2 for r in fit)))
    print('median VIX 2008-2026: %.2f' % statistics.median(VIX.values()))
    for label, rows in (('fit (2020, 2026)', fit), ('out of sample (2019)', check)):
        atm_err = [model_atm(term, r['vix'], r['t']) - r['atm'] for r in rows]
        shape = [ssvi(k, th, *smile, r['t']) - s for r, k, s, th in smile_points(rows)]
        print('%s: %d expiries, ATM rmse %.2f max %.2f vol pts; smile shape rmse %.2f vol pts over %d points'
              % (label, len(rows), 100 * rmse(atm_err), 100 * max(map(abs, atm_err)), 100 * rmse(shape), len(shape)))
    print('\nas of       expiry      DTE  VIX    real ATM  model ATM  real F/S-1  model F/S-1')
    for r in fit_rows + check_rows:
        if not in_range(r):
            continue
        rate = math.log1p(REPO[r['as_of']])
        print('%s  %s  %3d  %5.2f  %7.2f  %8.2f  %9.3f%%  %9.3f%%' % (
            r['as_of'], r['expiry'], round(r['t'] * 365), r['vix'], 100 * r['atm'],
            100 * model_atm(term, r['vix'], r['t']), 100 * (r['forward'] / r['spot'] - 1),
            100 * math.expm1((rate - DIVIDEND_YIELD + FORWARD_PREMIUM) * r['t'])))


if __name__ == '__main__':
    main()
