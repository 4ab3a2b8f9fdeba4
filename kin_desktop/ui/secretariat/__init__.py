"""The secretariat's console: one page per section of its work, each taking the secretariat's Workspace.

A plain list of re-exports (``X as X``): each page module adds its own line.
"""

from kin_desktop.ui.secretariat.dashboard import DashboardPage as DashboardPage
from kin_desktop.ui.secretariat.delegates import DelegatesPage as DelegatesPage
from kin_desktop.ui.secretariat.exports import ExportsPage as ExportsPage
from kin_desktop.ui.secretariat.followup import FollowUpPage as FollowUpPage
from kin_desktop.ui.secretariat.inbox import InboxPage as InboxPage
from kin_desktop.ui.secretariat.matching import MatchingPage as MatchingPage
from kin_desktop.ui.secretariat.questionnaires import QuestionnairesPage as QuestionnairesPage
from kin_desktop.ui.secretariat.review import ReviewPage as ReviewPage
