"""The domain core of the application assistant: model, storage, rules and export.

Nothing in this package imports Qt; the ``ui`` package builds on it.
"""

__version__ = "0.1.0"
PRODUCT_NAME = "新型标准化技术组织申报助手"
