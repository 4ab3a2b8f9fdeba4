"""The secretariat's Follow-up page (``page.FollowUpPage``) and its parts: texts, table models, the
progress-report dialog and the detail of one commitment."""

from kin_desktop.ui.secretariat.followup.detail import CommitmentDetail as CommitmentDetail
from kin_desktop.ui.secretariat.followup.models import FollowUpFilter as FollowUpFilter
from kin_desktop.ui.secretariat.followup.models import FollowUpModel as FollowUpModel
from kin_desktop.ui.secretariat.followup.models import ReportsModel as ReportsModel
from kin_desktop.ui.secretariat.followup.page import FollowUpPage as FollowUpPage
from kin_desktop.ui.secretariat.followup.report_dialog import IndicatorsModel as IndicatorsModel
from kin_desktop.ui.secretariat.followup.report_dialog import ProgressReportDialog as ProgressReportDialog
from kin_desktop.ui.secretariat.followup.texts import attention_text as attention_text
from kin_desktop.ui.secretariat.followup.texts import date_text as date_text
from kin_desktop.ui.secretariat.followup.texts import long_date_text as long_date_text
from kin_desktop.ui.secretariat.followup.texts import review_text as review_text
from kin_desktop.ui.secretariat.followup.texts import status_label as status_label
