"""The secretariat's Review page (``page.ReviewPage``) and its parts: the review lists' columns,
table model and filter, the review panel, the records and cities tabs."""

from kin_desktop.ui.secretariat.review.cities_tab import CitiesTab as CitiesTab
from kin_desktop.ui.secretariat.review.columns import HIDDEN_COLUMNS as HIDDEN_COLUMNS
from kin_desktop.ui.secretariat.review.columns import hlc_time as hlc_time
from kin_desktop.ui.secretariat.review.columns import review_columns as review_columns
from kin_desktop.ui.secretariat.review.columns import review_state_text as review_state_text
from kin_desktop.ui.secretariat.review.model import ReviewFilterProxy as ReviewFilterProxy
from kin_desktop.ui.secretariat.review.model import ReviewTableModel as ReviewTableModel
from kin_desktop.ui.secretariat.review.page import ReviewPage as ReviewPage
from kin_desktop.ui.secretariat.review.panel import ReviewPanel as ReviewPanel
from kin_desktop.ui.secretariat.review.records_tab import SEARCH_DELAY_MS as SEARCH_DELAY_MS
from kin_desktop.ui.secretariat.review.records_tab import RecordsReviewTab as RecordsReviewTab
