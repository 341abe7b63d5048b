"""The project's real NSE files for the tools: found in the checkout's data/ folder, read plain or gzipped."""
import gzip
import os
import sys


def data_dir():
    """DATA_DIR from the command line, else the data/ folder of this checkout."""
    if len(sys.argv) > 1:
        return sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    d = os.path.normpath(os.path.join(here, '..', '..', 'data'))
    if os.path.isfile(os.path.join(d, 'README.md')):
        return d
    sys.exit('the project data/ folder was not found at ' + d + '; pass the data directory as the first argument')


def open_data(path, encoding=None):
    """Opens path for reading text, or path + '.gz' when only the gzipped file exists."""
    if os.path.exists(path):
        return gzip.open(path, 'rt', encoding=encoding) if path.endswith('.gz') else open(path, encoding=encoding)
    return gzip.open(path + '.gz', 'rt', encoding=encoding)


def strip_gz(path):
    """The content name of a data file: path without a trailing .gz."""
    return path[:-3] if path.endswith('.gz') else path
