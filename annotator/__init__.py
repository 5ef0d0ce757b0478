"""数核 — find, check and cross-check the numeric claims in Chinese news articles.

The package is layered: text (``textio``, ``numbers``) → extraction (``extract``)
→ store → UI. Nothing below the UI imports Qt.
"""

__version__ = "0.1.0"

from annotator.extract import Claim, extract_claims

__all__ = ["Claim", "__version__", "extract_claims"]
