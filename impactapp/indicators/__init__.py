"""Register data for the common indicator set: JSON-stat 2.0, SSB's PxWebApi v2, CSV files.

Pure reading and fetching: everything here returns domain objects (``Observation``) and never
touches the database; the store keeps what this package reads.
"""

from .csvfile import read_observation_csv, read_observation_csv_file
from .errors import (
    CsvFormatError,
    IndicatorDataError,
    JsonStatError,
    ObservationError,
    SsbError,
)
from .jsonstat import Category, Cell, Dataset, Dimension, Unit
from .jsonstat_read import (
    DEFAULT_MAX_CELLS,
    USER_FILE_LIMIT,
    parse_dataset,
    read_jsonstat,
    read_jsonstat_file,
)
from .ratelimit import RateLimiter, process_limiter
from .ssb import (
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    FETCH_MAX_BYTES,
    SSB_MAX_CELLS,
    Fetched,
    ResponseCache,
    SsbClient,
    query_key,
)
from .tidy import dataset_observations, region_and_period

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CELLS",
    "FETCH_MAX_BYTES",
    "SSB_MAX_CELLS",
    "USER_FILE_LIMIT",
    "Category",
    "Cell",
    "CsvFormatError",
    "Dataset",
    "Dimension",
    "Fetched",
    "IndicatorDataError",
    "JsonStatError",
    "ObservationError",
    "RateLimiter",
    "ResponseCache",
    "SsbClient",
    "SsbError",
    "Unit",
    "dataset_observations",
    "parse_dataset",
    "process_limiter",
    "query_key",
    "read_jsonstat",
    "read_jsonstat_file",
    "read_observation_csv",
    "read_observation_csv_file",
    "region_and_period",
]
