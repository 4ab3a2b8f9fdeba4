"""Deterministic sample content for a demo profile of a city of the Network's region.

Everything comes from ``random.Random(seed)`` and a set of templates: the same seed
gives the same city, answers, practices and commitments, byte for byte, on every
machine and every day (no clock is read). Large counts are cheap because items are
assembled from templates rather than written one by one.

The practices and commitments are bodies valid for :func:`validate_body`; the
answers are a complete response to ``resources/questionnaires/kin4-pre-meeting.json``.
Most text is English, as the meeting documentation is; city names, some titles and
some partners are in the city's own script.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, ParticipantCategory, ProjectType, Sector

__all__ = ["CITIES", "DemoCity", "DemoData", "build_demo"]


@dataclass(frozen=True)
class DemoCity:
    name: str
    local_name: str
    country: str  # ISO 3166-1 alpha-2
    language: str
    delegate_name: str
    organisation: str
    category: str  # a ParticipantCategory value
    email: str


@dataclass(frozen=True)
class DemoData:
    city: DemoCity
    answers: dict[str, Any]
    practices: list[dict[str, Any]]
    commitments: list[dict[str, Any]]


_MAYOR = ParticipantCategory.MAYOR.value
_EXPERT = ParticipantCategory.CITY_EXPERT.value

# Delegates are fictional; e-mail addresses use the reserved ".example" domain.
# fmt: off
CITIES: tuple[DemoCity, ...] = (
    DemoCity(
        "Kitakyushu", "北九州市", "JP", "ja", "山田 健一",
        "Environment Bureau, City of Kitakyushu", _EXPERT, "k.yamada@kitakyushu.example",
    ),
    DemoCity(
        "Hai Phong", "Thành phố Hải Phòng", "VN", "vi", "Nguyễn Thị Lan",
        "Hai Phong Department of Natural Resources and Environment", _EXPERT,
        "lan.nguyen@haiphong.example",
    ),
    DemoCity(
        "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "VN", "vi", "Trần Văn Đức",
        "Ho Chi Minh City People's Committee", _MAYOR, "duc.tran@hcmc.example",
    ),
    DemoCity(
        "Bangkok", "กรุงเทพมหานคร", "TH", "th", "ประนอม ศรีสุข",
        "Department of Environment, Bangkok Metropolitan Administration", _EXPERT,
        "pranom.s@bangkok.example",
    ),
    DemoCity(
        "Chiang Mai", "เทศบาลนครเชียงใหม่", "TH", "th", "Somsak Chaiwong",
        "Chiang Mai Municipality", _MAYOR, "somsak.c@chiangmai.example",
    ),
    DemoCity(
        "Weihai", "威海市", "CN", "zh-Hans", "王丽华",
        "Weihai Environmental Protection Bureau", _EXPERT, "wang.lihua@weihai.example",
    ),
    DemoCity(
        "Dalian", "大连市", "CN", "zh-Hans", "Liu Jianguo",
        "Dalian Municipal People's Government", _MAYOR, "liu.jianguo@dalian.example",
    ),
    DemoCity(
        "Busan", "부산광역시", "KR", "ko", "김민정",
        "Environment Bureau, Busan Metropolitan City", _EXPERT, "minjung.kim@busan.example",
    ),
    DemoCity(
        "Incheon", "인천광역시", "KR", "ko", "Park Sung-ho",
        "Incheon Metropolitan City", _MAYOR, "sungho.park@incheon.example",
    ),
    DemoCity(
        "Surabaya", "Kota Surabaya", "ID", "id", "Siti Rahmawati",
        "Surabaya City Cleansing and Landscaping Department", _EXPERT, "siti.rahmawati@surabaya.example",
    ),
    DemoCity(
        "Cebu City", "Dakbayan sa Sugbo", "PH", "en", "Maria Lourdes Santos",
        "Cebu City Environment and Natural Resources Office", _EXPERT, "mlsantos@cebucity.example",
    ),
    DemoCity(
        "Puerto Princesa", "Lungsod ng Puerto Princesa", "PH", "en", "Ramon dela Cruz",
        "City Government of Puerto Princesa", _MAYOR, "r.delacruz@puertoprincesa.example",
    ),
)
# fmt: on

# Population and area (km², as a decimal string) around 2006, for the city profile.
_FIGURES: dict[str, tuple[int, str]] = {
    "Kitakyushu": (993_525, "487.88"),
    "Hai Phong": (1_827_700, "1507.6"),
    "Ho Chi Minh City": (6_347_000, "2095.5"),
    "Bangkok": (5_716_248, "1568.7"),
    "Chiang Mai": (150_805, "40.2"),
    "Weihai": (2_515_000, "5797"),
    "Dalian": (5_780_000, "12574"),
    "Busan": (3_635_389, "765.6"),
    "Incheon": (2_664_576, "994.1"),
    "Surabaya": (2_720_156, "326.36"),
    "Cebu City": (718_821, "315"),
    "Puerto Princesa": (210_508, "2381.02"),
}

_INTERNATIONAL_PARTNERS = (
    "UNESCAP",
    "IGES Kitakyushu Office",
    "JICA",
    "Asian Development Bank",
    "UNEP Regional Office for Asia and the Pacific",
    "GTZ",
    "World Bank",
    "City of Kitakyushu",
    "Kitakyushu International Techno-cooperative Association (KITA)",
    "Clean Air Initiative for Asian Cities",
    "UN-HABITAT",
)

_LOCAL_PARTNERS: dict[str, tuple[str, ...]] = {
    "ja": ("北九州市環境局", "北九州市立大学", "地域の町内会", "北九州エコタウン事業者"),
    "vi": (
        "Sở Tài nguyên và Môi trường",
        "Hội Liên hiệp Phụ nữ thành phố",
        "Công ty Môi trường Đô thị (URENCO)",
        "Trường Đại học Xây dựng Hà Nội",
    ),
    "th": ("กรมควบคุมมลพิษ", "องค์การจัดการน้ำเสีย", "เครือข่ายชุมชนรีไซเคิล", "มหาวิทยาลัยเชียงใหม่"),
    "zh-Hans": ("市环境保护局", "市城市管理局", "社区居民委员会", "中国环境科学研究院"),
    "ko": ("시청 환경국", "환경관리공단", "주민자치위원회", "지역 대학 환경공학과"),
    "id": (
        "Dinas Kebersihan dan Pertamanan",
        "Pusdakota Universitas Surabaya",
        "Kader lingkungan kampung",
        "Institut Teknologi Sepuluh Nopember",
    ),
    "en": (
        "Barangay environment committees",
        "University of San Carlos",
        "Chamber of Commerce and Industry",
        "Local NGO network for the environment",
    ),
}

# Titles in the city's own language, by the English title of the template they translate;
# used for some of the items. "{city}" stands for the city's local name.
_LOCAL_TITLES: dict[str, dict[str, str]] = {
    "ja": {
        "Community-based composting of household organic waste": "家庭系生ごみの地域堆肥化",
        "Separation of waste at source and community recycling": "ごみの分別収集と地域リサイクル",
        "Upgrading of the municipal wastewater treatment plant": "下水処理場の高度処理化",
        "Bus rapid transit corridor": "バス高速輸送システム（BRT）の導入",
        "Energy efficient street lighting": "省エネ型街路灯への更新",
        "Greening of school yards and pocket parks": "校庭の芝生化とポケットパークの整備",
        "Pollution control agreements between the city and factories": "工場と市の公害防止協定",
        "Expansion of community composting to all wards": "生ごみ堆肥化の全区への拡大",
        "Clean air action plan for {city}": "{city}大気環境改善行動計画",
        "Energy efficient street lighting in {ward}": "省エネ型街路灯への更新事業",
    },
    "vi": {
        "Community-based composting of household organic waste": (
            "Ủ phân compost từ rác hữu cơ hộ gia đình dựa vào cộng đồng"
        ),
        "Separation of waste at source and community recycling": (
            "Phân loại rác tại nguồn và tái chế cộng đồng"
        ),
        "Decentralised wastewater treatment for low-income settlements": (
            "Xử lý nước thải phân tán cho khu dân cư thu nhập thấp"
        ),
        "Bus rapid transit corridor": "Tuyến xe buýt nhanh (BRT)",
        "Energy efficient street lighting": "Chiếu sáng đô thị tiết kiệm năng lượng",
        "Mangrove restoration along the coast": "Trồng và phục hồi rừng ngập mặn ven biển",
        "Waste separation and recycling in {ward}": "Phân loại rác tại nguồn và tái chế",
        "Clean air action plan for {city}": "Kế hoạch hành động không khí sạch cho {city}",
        "Mangrove and coastal green belt restoration": "Phục hồi rừng ngập mặn và vành đai xanh ven biển",
    },
    "th": {
        "Community-based composting of household organic waste": "การทำปุ๋ยหมักจากขยะอินทรีย์ในครัวเรือนโดยชุมชน",
        "Separation of waste at source and community recycling": "การคัดแยกขยะต้นทางและธนาคารขยะรีไซเคิลในชุมชน",
        "Decentralised wastewater treatment for low-income settlements": "ระบบบำบัดน้ำเสียชุมชน",
        "Vehicle emission testing and cleaner fuels": "การตรวจวัดควันดำและเชื้อเพลิงสะอาด",
        "Bus rapid transit corridor": "รถโดยสารด่วนพิเศษ (BRT)",
        "Energy efficient street lighting": "ไฟถนนประหยัดพลังงาน",
        "Mangrove restoration along the coast": "การปลูกป่าชายเลน",
        "Decentralised wastewater treatment in {ward}": "ระบบบำบัดน้ำเสียชุมชนแบบกระจายศูนย์",
        "Mangrove and coastal green belt restoration": "การฟื้นฟูป่าชายเลนชายฝั่ง",
    },
    "zh-Hans": {
        "Community-based composting of household organic waste": "社区家庭厨余垃圾堆肥",
        "Separation of waste at source and community recycling": "生活垃圾源头分类与社区回收",
        "Upgrading of the municipal wastewater treatment plant": "城市污水处理厂提标改造",
        "Vehicle emission testing and cleaner fuels": "机动车尾气检测与清洁燃料",
        "Bus rapid transit corridor": "快速公交系统（BRT）走廊",
        "Energy efficient street lighting": "节能路灯改造",
        "Cleaner production programme for small and medium enterprises": "中小企业清洁生产计划",
        "Clean air action plan for {city}": "{city}清洁空气行动计划",
        "Cleaner production for small and medium enterprises": "中小企业清洁生产推广",
        "Mangrove and coastal green belt restoration": "沿海防护林带恢复",
    },
    "ko": {
        "Community-based composting of household organic waste": "가정 음식물 쓰레기 공동체 퇴비화",
        "Separation of waste at source and community recycling": "쓰레기 분리배출과 지역 재활용",
        "Upgrading of the municipal wastewater treatment plant": "하수처리장 고도처리 시설 개선",
        "Bus rapid transit corridor": "간선급행버스체계(BRT) 도입",
        "Energy efficient street lighting": "에너지 절약형 가로등 교체",
        "Greening of school yards and pocket parks": "학교 숲과 소공원 조성",
        "Bus rapid transit: first corridor": "간선급행버스체계(BRT) 1단계 노선",
        "Clean air action plan for {city}": "{city} 맑은 공기 실천 계획",
    },
    "id": {
        "Community-based composting of household organic waste": (
            "Pengomposan sampah rumah tangga berbasis komunitas"
        ),
        "Separation of waste at source and community recycling": "Pemilahan sampah dan bank sampah kampung",
        "Mangrove restoration along the coast": "Rehabilitasi mangrove di pantai timur",
        "Expansion of community composting to all wards": (
            "Perluasan pengomposan komunitas ke seluruh kelurahan"
        ),
    },
}

_SIGNATORIES: dict[str, tuple[str, ...]] = {
    "ja": ("田中 誠", "佐藤 正明"),
    "vi": ("Trần Văn Minh", "Lê Quang Huy"),
    "th": ("สมศักดิ์ ใจดี", "วิชัย รัตนพงษ์"),
    "zh-Hans": ("李建国", "张伟民"),
    "ko": ("박성호", "이재훈"),
    "id": ("Bambang Sutrisno", "Dewi Kartika"),
    "en": ("Antonio Reyes", "Grace Villanueva"),
}

_WARDS = (
    "the old town",
    "the port district",
    "the riverside wards",
    "the industrial zone",
    "the new urban area",
    "the central market area",
    "the coastal wards",
    "the university district",
)


@dataclass(frozen=True)
class _PracticeTemplate:
    sector: Sector
    title: str
    problem: str
    approach: str
    environmental: str
    social: str
    economic: str


@dataclass(frozen=True)
class _TargetTemplate:
    description: str  # formatted with target, unit, year
    indicator: str
    unit: str
    baseline: tuple[int, int]
    change: tuple[int, int]  # target = baseline + change (negative: a reduction)


@dataclass(frozen=True)
class _CommitmentTemplate:
    sector: Sector
    title: str
    objectives: str
    description: str
    targets: tuple[_TargetTemplate, ...]
    milestones: tuple[str, ...]
    experience: str


_S = Sector

_PRACTICES: tuple[_PracticeTemplate, ...] = (
    _PracticeTemplate(
        _S.SOLID_WASTE,
        "Community-based composting of household organic waste",
        "Organic matter made up about {pct}% of the municipal waste of {city}, and the landfill was "
        "expected to be full within {years} years.",
        "The city distributed {count} home composting baskets (the Takakura method), trained {people} "
        "community facilitators and opened compost centres next to the main markets.",
        "Waste sent to the landfill fell by {pct2}% within three years, reducing methane from the landfill.",
        "Neighbourhoods became cleaner; women's groups and community cadres run the programme.",
        "The city saves about USD {money} a year in collection and landfill costs; compost is sold to "
        "farmers and used in public parks.",
    ),
    _PracticeTemplate(
        _S.SOLID_WASTE,
        "Separation of waste at source and community recycling",
        "Mixed waste was collected once a week, recyclables ended up in open dumps and informal "
        "waste pickers worked in unsafe conditions.",
        "Households separate waste into three fractions; {count} recycling stations and a waste bank "
        "buy recyclables from residents; informal waste pickers were organised into a cooperative.",
        "The recycling rate rose from {pct2}% to {pct}% and open burning of waste decreased.",
        "{people} waste pickers gained regular income, identity cards and health insurance.",
        "Sales of recyclables bring about USD {money} a year to the community funds.",
    ),
    _PracticeTemplate(
        _S.WASTEWATER_SANITATION,
        "Decentralised wastewater treatment for low-income settlements",
        "Untreated domestic wastewater from {count} households flowed into canals, causing odours "
        "and water-borne diseases.",
        "Small anaerobic baffled reactors were built with the residents, who contribute labour and "
        "a monthly fee of USD {fee} per household for operation and maintenance.",
        "BOD in the receiving canal fell by {pct}%; the canal banks were cleaned and replanted.",
        "Diarrhoeal diseases among children dropped markedly; {people} residents were trained in "
        "operation and maintenance.",
        "Treatment costs about one third of a centralised system; the city avoided USD {money} of "
        "sewer construction.",
    ),
    _PracticeTemplate(
        _S.WASTEWATER_SANITATION,
        "Upgrading of the municipal wastewater treatment plant",
        "The treatment plant of {city} handled only {pct2}% of the city's wastewater and its effluent "
        "did not meet national standards.",
        "The plant was extended with activated sludge treatment and {count} households were connected "
        "to the sewer network; sludge is dried and used as soil conditioner.",
        "The share of wastewater treated rose to {pct}% and coastal water quality improved.",
        "Bathing beaches reopened and complaints about odours fell sharply.",
        "Sewerage charges now cover operating costs; tourism revenue increased by USD {money} a year.",
    ),
    _PracticeTemplate(
        _S.WATER_SUPPLY,
        "Reduction of non-revenue water by leak detection",
        "About {pct}% of the water produced was lost through leaks and illegal connections.",
        "District metered areas were introduced, {people} staff were trained in leak detection, and "
        "{count} old service pipes were replaced.",
        "Non-revenue water fell by {pct2} percentage points, saving raw water and pumping energy.",
        "Poor households now receive water 24 hours a day instead of a few hours.",
        "The utility earns an additional USD {money} a year from water that is no longer lost.",
    ),
    _PracticeTemplate(
        _S.AIR_QUALITY,
        "Vehicle emission testing and cleaner fuels",
        "Roadside PM10 concentrations in {city} often exceeded the national standard by {pct}%.",
        "The city introduced roadside emission checks, converted {count} taxis and buses to LPG or "
        "CNG and publishes daily air quality data.",
        "Roadside PM10 fell by {pct2}% within four years.",
        "Respiratory complaints among traffic police and street vendors decreased.",
        "Lower fuel costs for converted taxis, about USD {money} a year in total.",
    ),
    _PracticeTemplate(
        _S.URBAN_TRANSPORT,
        "Bus rapid transit corridor",
        "Traffic congestion on the main corridor slowed buses to {years} km/h at peak hours.",
        "A {years}-km bus rapid transit line with dedicated lanes, level boarding and integrated "
        "fares was built; feeder routes and bicycle parking were added at stations.",
        "About {count} car trips a day were replaced by bus trips, reducing CO2 and local pollutants.",
        "Travel time for {people} daily passengers fell by {pct2}%; stations are accessible to "
        "wheelchair users.",
        "Operating costs are covered by fares; time savings are valued at USD {money} a year.",
    ),
    _PracticeTemplate(
        _S.URBAN_TRANSPORT,
        "Bicycle lanes and pedestrian streets in the city centre",
        "Walking and cycling had become dangerous; the share of trips on foot or by bicycle fell to {pct2}%.",
        "The city built {years} km of protected bicycle lanes, closed the old market street to cars "
        "and planted shade trees along sidewalks.",
        "Noise and emissions in the centre decreased; {count} trees were planted.",
        "Road accidents involving pedestrians fell by {pct}%.",
        "Shops along the pedestrian streets report higher sales; {people} jobs were created.",
    ),
    _PracticeTemplate(
        _S.ENERGY,
        "Energy efficient street lighting",
        "Street lighting used {pct}% of the city's electricity bill, with old mercury lamps.",
        "{count} street lamps were replaced with high-pressure sodium and LED lamps with timers, "
        "financed by an energy service company paid from the savings.",
        "Electricity use for street lighting fell by {pct2}%, saving about {people} tonnes of CO2 a year.",
        "Better lighting made streets safer at night, especially for women.",
        "The city saves about USD {money} a year on electricity and maintenance.",
    ),
    _PracticeTemplate(
        _S.ENERGY,
        "Solar water heaters and energy audits in public buildings",
        "Hospitals and schools used electric boilers and had no energy management.",
        "Energy audits were carried out in {count} public buildings; solar water heaters were "
        "installed at hospitals and {people} staff were trained as energy managers.",
        "Energy use in audited buildings fell by {pct2}%.",
        "Hospitals have reliable hot water; schools teach energy saving with the results.",
        "Savings of USD {money} a year are reinvested in further efficiency measures.",
    ),
    _PracticeTemplate(
        _S.GREEN_SPACE,
        "Mangrove restoration along the coast",
        "Mangrove forests had shrunk by {pct}% because of aquaculture ponds and land reclamation, "
        "leaving the coast exposed to storms.",
        "Coastal communities planted {count} mangrove seedlings and manage the forest under a "
        "co-management agreement with the city.",
        "About {years} hectares of mangrove were restored, with the return of fish and birds.",
        "{people} households earn income from crab and shellfish collection and eco-tourism.",
        "The restored belt protects dikes worth about USD {money} from storm damage.",
    ),
    _PracticeTemplate(
        _S.GREEN_SPACE,
        "Greening of school yards and pocket parks",
        "Green space per inhabitant was below {years} m², far under the national target.",
        "Vacant lots were turned into {count} pocket parks designed with residents; school yards "
        "were greened by pupils and parents.",
        "Green space increased by {pct2}% and urban heat in dense wards was reduced.",
        "{people} pupils take part in environmental education each year.",
        "Park maintenance is shared with communities, keeping costs at USD {money} a year.",
    ),
    _PracticeTemplate(
        _S.INDUSTRIAL_POLLUTION,
        "Cleaner production programme for small and medium enterprises",
        "Small factories discharged untreated effluent and used energy and materials inefficiently.",
        "{count} enterprises received cleaner production audits and low-cost advice; a revolving "
        "fund finances equipment that pays back within {years} years.",
        "Water use in participating factories fell by {pct}% and pollution loads by {pct2}%.",
        "Working conditions improved for {people} factory workers.",
        "Participating enterprises save about USD {money} a year in water, energy and materials.",
    ),
    _PracticeTemplate(
        _S.INDUSTRIAL_POLLUTION,
        "Pollution control agreements between the city and factories",
        "Air and water pollution from the industrial zone caused strong complaints from residents.",
        "The city signed voluntary pollution control agreements with {count} factories, with "
        "targets stricter than national standards and on-site inspections with residents.",
        "Sulphur dioxide emissions from the zone fell by {pct}%.",
        "Residents take part in monitoring; trust between industry and the community improved.",
        "Factories avoided USD {money} of fines and gained access to export markets.",
    ),
)


def _t(
    description: str, indicator: str, unit: str, baseline: tuple[int, int], change: tuple[int, int]
) -> _TargetTemplate:
    return _TargetTemplate(description, indicator, unit, baseline, change)


# fmt: off
_COMMITMENTS: tuple[_CommitmentTemplate, ...] = (
    _CommitmentTemplate(
        _S.SOLID_WASTE,
        "Expansion of community composting to all wards",
        "Halve the organic waste sent to the landfill by 2010 and create green jobs.",
        "Extend home composting and market compost centres from the pilot wards to the whole of "
        "{city}, with community facilitators in every ward.",
        (
            _t("Reduce waste sent to the landfill to {target} {unit} by {year}", "Waste landfilled",
               "tonnes/day", (600, 1200), (-300, -100)),
            _t("Compost centres in operation: {target} by {year}", "Compost centres", "centres",
               (2, 10), (10, 30)),
        ),
        ("Training of ward facilitators", "Distribution of composting baskets",
         "Opening of market compost centres", "Evaluation and report to the Network"),
        "Our facilitators can train officials of other cities; manuals are available in English.",
    ),
    _CommitmentTemplate(
        _S.SOLID_WASTE,
        "Waste separation and recycling in {ward}",
        "Introduce separation at source and raise the recycling rate.",
        "Pilot three-fraction separation, waste banks and an organised cooperative of informal "
        "waste pickers, then extend it city-wide.",
        (
            _t("Raise the recycling rate to {target}{unit} by {year}", "Recycling rate", "%",
               (5, 15), (10, 30)),
            _t("Households separating their waste: {target}{unit} by {year}", "Households separating",
               "%", (0, 10), (30, 60)),
        ),
        ("Baseline survey of waste composition", "Launch of the pilot",
         "Registration of the waste pickers' cooperative", "City-wide extension plan adopted"),
        "We will host study visits to the pilot area and share our waste bank guidelines.",
    ),
    _CommitmentTemplate(
        _S.WASTEWATER_SANITATION,
        "Decentralised wastewater treatment in {ward}",
        "Treat domestic wastewater of low-income settlements at low cost.",
        "Build community-managed decentralised treatment units, with residents trained to operate "
        "and maintain them.",
        (
            _t("Households connected to treatment: {target} by {year}", "Households connected",
               "households", (0, 500), (1000, 4000)),
            _t("BOD in the receiving canal below {target} {unit} by {year}", "BOD of canal water",
               "mg/l", (60, 120), (-50, -30)),
        ),
        ("Site selection with communities", "Construction of the first units",
         "Operators trained", "Water quality monitoring report"),
        "Design drawings and community agreements will be shared through the Network database.",
    ),
    _CommitmentTemplate(
        _S.WATER_SUPPLY,
        "Non-revenue water reduction programme",
        "Cut water losses and extend 24-hour supply to poor neighbourhoods.",
        "Create district metered areas, replace old pipes and legalise informal connections.",
        (
            _t("Reduce non-revenue water to {target}{unit} by {year}", "Non-revenue water", "%",
               (30, 45), (-15, -8)),
        ),
        ("District metered areas defined", "Leak detection team trained", "Pipe replacement completed"),
        "Our utility can mentor utilities of other cities on leak detection.",
    ),
    _CommitmentTemplate(
        _S.AIR_QUALITY,
        "Clean air action plan for {city}",
        "Bring roadside PM10 within the national standard.",
        "Roadside emission testing, cleaner fuels for public transport and a public air quality "
        "information system.",
        (
            _t("Annual mean roadside PM10 at most {target} {unit} by {year}", "Roadside PM10",
               "µg/m³", (90, 140), (-50, -20)),
            _t("Monitoring stations reporting daily: {target} by {year}", "Monitoring stations",
               "stations", (1, 4), (3, 8)),
        ),
        ("Monitoring network extended", "Emission testing started", "Public air quality website"),
        "We will share our experience with emission testing at the Network's workshops.",
    ),
    _CommitmentTemplate(
        _S.URBAN_TRANSPORT,
        "Bus rapid transit: first corridor",
        "Offer fast, affordable public transport and reduce congestion and emissions.",
        "Build a bus rapid transit corridor with feeder services, safe access for pedestrians and "
        "bicycle parking at stations.",
        (
            _t("Daily BRT passengers: {target} by {year}", "Daily passengers", "passengers",
               (0, 5000), (40000, 90000)),
            _t("Share of trips by public transport: {target}{unit} by {year}", "Public transport share",
               "%", (10, 25), (5, 15)),
        ),
        ("Feasibility study", "Corridor design approved", "Start of construction", "Start of operation"),
        "Planning documents and passenger surveys will be shared with cities planning BRT.",
    ),
    _CommitmentTemplate(
        _S.ENERGY,
        "Energy efficient street lighting in {ward}",
        "Halve the electricity used for street lighting.",
        "Replace old lamps with efficient ones, financed by an energy service contract paid from "
        "the savings.",
        (
            _t("Street lamps replaced: {target} by {year}", "Lamps replaced", "lamps",
               (0, 1000), (5000, 20000)),
            _t("Electricity for street lighting reduced to {target} {unit} by {year}",
               "Electricity use", "MWh/year", (15000, 30000), (-9000, -5000)),
        ),
        ("Inventory of street lamps", "Energy service contract signed", "Replacement completed"),
        "Our energy service contract model can be adapted by other cities.",
    ),
    _CommitmentTemplate(
        _S.GREEN_SPACE,
        "Mangrove and coastal green belt restoration",
        "Restore mangroves to protect the coast and support livelihoods.",
        "Community planting and co-management of mangroves, with eco-tourism and aquaculture "
        "compatible with the forest.",
        (
            _t("Mangrove area restored: {target} {unit} by {year}", "Mangrove area", "ha",
               (0, 50), (100, 400)),
        ),
        ("Community groups formed", "Nursery established", "Planting season completed",
         "Co-management agreement signed"),
        "Communities will receive visitors from other coastal cities.",
    ),
    _CommitmentTemplate(
        _S.GREEN_SPACE,
        "Pocket parks and green school yards",
        "Raise green space per inhabitant in dense wards.",
        "Turn vacant lots into pocket parks designed with residents and green school yards.",
        (
            _t("Green space per inhabitant: {target} {unit} by {year}", "Green space per inhabitant",
               "m²", (2, 5), (2, 4)),
        ),
        ("Vacant lots identified", "Designs agreed with residents", "Parks opened"),
        "We will publish a guide to participatory park design.",
    ),
    _CommitmentTemplate(
        _S.INDUSTRIAL_POLLUTION,
        "Cleaner production for small and medium enterprises",
        "Reduce pollution and resource use of small factories.",
        "Audits, low-cost advice and a revolving fund for cleaner production equipment.",
        (
            _t("Enterprises audited: {target} by {year}", "Enterprises audited", "enterprises",
               (0, 20), (50, 150)),
            _t("Reduction of pollution load: {target}{unit} by {year}", "Pollution load reduction", "%",
               (0, 0), (20, 40)),
        ),
        ("Revolving fund established", "First audits completed", "Results published"),
        "Audit checklists and case studies will be shared with the Network.",
    ),
)
# fmt: on

_WIN_WIN_ACTORS = ("communities", "private_sector", "informal_sector", "ngos", "academia")
_MECHANISMS = (
    "twinning",
    "study_visits",
    "working_groups",
    "online_database",
    "training_workshops",
    "joint_projects",
)
_SUPPORT = (
    "technical",
    "financial",
    "capacity_building",
    "policy_advice",
    "data_monitoring",
    "technology_transfer",
    "public_awareness",
)
# (sector value, suffix of the severity_* and trend_* questions)
_ISSUE_SUFFIX: dict[str, str] = {
    "solid_waste": "solid_waste",
    "wastewater_sanitation": "wastewater",
    "water_supply": "water_supply",
    "air_quality": "air_quality",
    "urban_transport": "transport",
    "energy": "energy",
    "green_space": "green_space",
    "industrial_pollution": "industrial",
}
_OBSTACLES = (
    "Limited municipal budget for operation and maintenance",
    "lack of trained staff",
    "weak enforcement of regulations",
    "low public awareness",
    "rapid urbanisation and informal settlements",
    "lack of reliable environmental data",
    "fragmented responsibilities between agencies",
)
_POSITIONS = {
    _MAYOR: "Vice Mayor",
    _EXPERT: "Director, Environmental Planning Division",
    ParticipantCategory.NATIONAL.value: "Deputy Director-General",
    ParticipantCategory.INTERNATIONAL.value: "Programme Officer",
    ParticipantCategory.OTHER.value: "Researcher",
}
_T = TypeVar("_T")
_LAST_START = date(2009, 12, 1)
_END_LIMIT = date(FOLLOW_UP_END_YEAR, 12, 31)


def _title(rng: random.Random, city: DemoCity, template: str, ward: str, round_: int) -> str:
    """The template's title, in the city's own language for about a third of the items.

    Templates are dealt in rounds; from the second round on, titles are numbered so that
    the titles of one demo stay distinct however many items are asked for.
    """
    local = _LOCAL_TITLES.get(city.language, {}).get(template)
    if local is not None and rng.random() < 0.35:
        title = local.format(city=city.local_name)
        return f"{title} ({round_ + 1})" if round_ else title
    title = template.format(city=city.name, ward=ward)
    return f"{title}, phase {round_ + 1}" if round_ else title


def _dealt(rng: random.Random, templates: tuple[_T, ...], count: int) -> list[tuple[_T, int]]:
    """``count`` templates with their round: each round deals every template once, shuffled."""
    dealt: list[tuple[_T, int]] = []
    round_ = 0
    while len(dealt) < count:
        deck = list(templates)
        rng.shuffle(deck)
        dealt.extend((template, round_) for template in deck[: count - len(dealt)])
        round_ += 1
    return dealt


def _partners(rng: random.Random, city: DemoCity) -> list[str]:
    pool = [p for p in _INTERNATIONAL_PARTNERS if city.name not in p]
    chosen = rng.sample(pool, rng.randint(1, 2))
    local = _LOCAL_PARTNERS.get(city.language, _LOCAL_PARTNERS["en"])
    chosen.append(rng.choice(local))
    if rng.random() < 0.5 and city.organisation.strip():
        chosen.insert(0, city.organisation)
    return chosen


def _practice(
    rng: random.Random, city: DemoCity, tpl: _PracticeTemplate, round_: int
) -> tuple[dict[str, Any], int]:
    values = {
        "city": city.name,
        "pct": rng.randint(30, 70),
        "pct2": rng.randint(10, 29),
        "years": rng.randint(4, 25),
        "count": f"{rng.randint(2, 400) * 25:,}",
        "people": rng.randint(12, 900),
        "fee": rng.randint(1, 5),
        "money": f"{rng.randint(20, 2000) * 1000:,}",
    }
    sectors = [tpl.sector.value]
    if rng.random() < 0.3:
        extra = rng.choice([s for s in _ISSUE_SUFFIX if s != tpl.sector.value])
        sectors.append(extra)
    rating = rng.randint(2, 5)
    replicability = {
        2: "Replicable where similar institutions exist; needs adaptation to local conditions.",
        3: "Replicable with moderate investment and training of local staff.",
        4: "Easily replicable by cities of similar size; requires mainly organisational effort.",
        5: "Highly replicable at low cost; already adopted by other cities in the region.",
    }[rating]
    win_win = rng.random() < 0.6
    ward = rng.choice(_WARDS)
    body: dict[str, Any] = {
        "title": _title(rng, city, tpl.title, ward, round_),
        "summary": f"{tpl.title} in {ward} of {city.name}.",
        "sectors": sectors,
        "problem": tpl.problem.format(**values),
        "approach": tpl.approach.format(**values),
        "environmental_benefits": tpl.environmental.format(**values),
        "social_benefits": tpl.social.format(**values),
        "economic_benefits": tpl.economic.format(**values),
        "cost_amount": str(rng.randint(20, 5000) * 1000),
        "cost_currency": "USD",
        "partners": _partners(rng, city),
        "replicability": replicability,
        "start_year": rng.randint(1996, 2006),
        "win_win": win_win,
        "language": "en",
        "state": "ready" if rng.random() < 0.7 else "draft",
    }
    return body, rating


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def _commitment(rng: random.Random, city: DemoCity, tpl: _CommitmentTemplate, round_: int) -> dict[str, Any]:
    ward = rng.choice(_WARDS)
    start = date(2007, 7, 1) + timedelta(days=rng.randint(0, (_LAST_START - date(2007, 7, 1)).days))
    end = min(_add_months(start, rng.randint(10, 42)) - timedelta(days=1), _END_LIMIT)
    targets = []
    for target in tpl.targets:
        baseline = rng.randint(*target.baseline)
        goal = max(0, baseline + rng.randint(*target.change))
        year = rng.randint(max(2008, start.year), max(2008, end.year))
        targets.append(
            {
                "description": target.description.format(target=goal, unit=target.unit, year=year),
                "indicator": target.indicator,
                "baseline": str(baseline),
                "target": str(goal),
                "unit": target.unit,
                "due_year": year,
            }
        )
    span = (end - start).days
    count = len(tpl.milestones)
    milestones = [
        {
            "date": (start + timedelta(days=span * (i + 1) // count)).isoformat(),
            "description": text,
        }
        for i, text in enumerate(tpl.milestones)
    ]
    signatories = _SIGNATORIES.get(city.language, _SIGNATORIES["en"])
    return {
        "title": _title(rng, city, tpl.title, ward, round_),
        "project_type": rng.choice([ProjectType.DEMONSTRATION.value, ProjectType.EXPANDED.value]),
        "sectors": [tpl.sector.value],
        "objectives": tpl.objectives,
        "description": tpl.description.format(city=city.name, ward=ward),
        "targets": targets,
        "partners": _partners(rng, city),
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "milestones": milestones,
        "budget_amount": str(rng.randint(50, 20000) * 1000),
        "budget_currency": "USD",
        "funding_source": rng.choice(
            ("City budget", "City budget and national grant", "ODA loan", "Public-private partnership")
        ),
        "experience_to_share": tpl.experience,
        "signatory_name": rng.choice(signatories),
        "signatory_title": f"Mayor of {city.name}",
        "language": "en",
        "state": "ready" if rng.random() < 0.6 else "draft",
    }


def _answers(
    rng: random.Random,
    city: DemoCity,
    practices: list[tuple[dict[str, Any], int]],
    commitments: list[dict[str, Any]],
) -> dict[str, Any]:
    population, area = _FIGURES.get(city.name, (rng.randint(100, 8000) * 1000, str(rng.randint(40, 3000))))
    answers: dict[str, Any] = {
        "respondent_name": city.delegate_name,
        "respondent_position": _POSITIONS.get(city.category, "Official"),
        "respondent_organisation": city.organisation,
        "participant_category": city.category,
        "respondent_email": city.email,
        "city_name": f"{city.name} ({city.local_name})" if city.local_name != city.name else city.name,
        "country": city.country,
        "population": population,
        "area_km2": area,
        "data_year": rng.randint(2004, 2006),
    }

    sectors = rng.sample(list(_ISSUE_SUFFIX), rng.randint(3, 6))
    sectors.sort(key=list(_ISSUE_SUFFIX).index)
    if rng.random() < 0.3:
        sectors.append("other")
        answers["sectors_other"] = rng.choice(
            ("Coastal erosion", "Noise from traffic and construction", "Flooding in low-lying wards")
        )
    answers["sectors"] = sectors
    for sector in sectors:
        if sector == "other":
            continue
        answers[f"severity_{_ISSUE_SUFFIX[sector]}"] = rng.randint(2, 5)
        answers[f"trend_{_ISSUE_SUFFIX[sector]}"] = rng.choice(("improving", "stable", "worsening"))
    ranked = [s for s in sectors if s != "other"]
    answers["priority_ranking"] = rng.sample(ranked, min(3, len(ranked)))
    obstacles = rng.sample(_OBSTACLES, 3)
    answers["main_obstacles"] = f"{obstacles[0]}; {obstacles[1]}; and {obstacles[2]}."

    answers["has_practices"] = bool(practices)
    if practices:
        answers["practices"] = [
            {
                "practice_title": body["title"],
                "practice_sector": body["sectors"][0],
                "practice_problem": body["problem"],
                "practice_approach": body["approach"],
                "practice_env_benefits": body["environmental_benefits"],
                "practice_social_benefits": body["social_benefits"],
                "practice_economic_benefits": body["economic_benefits"],
                "practice_cost": body["cost_amount"],
                "practice_partners": "; ".join(body["partners"]),
                "practice_replicability": rating,
                "practice_start_year": body["start_year"],
            }
            for body, rating in practices[:10]
        ]
        win_win = [body["title"] for body, _rating in practices[:10] if body["win_win"]]
        if win_win:
            answers["win_win_practices"] = "; ".join(win_win)
            answers["win_win_description"] = (
                "These practices were designed with the people they affect: environmental improvements "
                "created income and jobs, which in turn keep residents involved in operation and maintenance."
            )
            answers["win_win_involvement"] = sorted(
                rng.sample(_WIN_WIN_ACTORS, rng.randint(1, 4)), key=_WIN_WIN_ACTORS.index
            )

    answers["has_commitments"] = bool(commitments)
    if commitments:
        answers["commitments"] = [
            {
                "commitment_title": body["title"],
                "commitment_type": body["project_type"],
                "commitment_sector": body["sectors"][0],
                "commitment_goals": " ".join(
                    [body["objectives"], *(f"{t['description']}." for t in body["targets"])]
                ),
                "commitment_start_date": body["start_date"],
                "commitment_end_date": body["end_date"],
                "commitment_outcomes": body["description"],
                "commitment_experience": body["experience_to_share"],
            }
            for body in commitments[:5]
        ]

    mechanisms = sorted(rng.sample(_MECHANISMS, rng.randint(2, 4)), key=_MECHANISMS.index)
    answers["collaboration_mechanisms"] = mechanisms
    answers["collaboration_details"] = (
        f"{city.name} would welcome exchanges with cities of similar size in the region, "
        "in particular on solid waste and wastewater, within the second cycle (2006-2010)."
    )
    host = rng.random() < 0.5
    answers["willing_to_host"] = host
    if host:
        answers["host_topics"] = f"Study visits to projects of {city.name} ({city.local_name})."

    support = sorted(rng.sample(_SUPPORT, rng.randint(2, 5)), key=_SUPPORT.index)
    answers["support_needed"] = support
    answers["support_ranking"] = rng.sample(support, min(3, len(support)))
    answers["support_comments"] = "Interpretation into the local language would help our delegation."
    return answers


def build_demo(
    seed: int = 1,
    *,
    practices: int = 5,
    commitments: int = 3,
    city: DemoCity | None = None,
) -> DemoData:
    """Build the demo content for ``seed``: the same seed always gives the same data.

    The city is chosen from the seed unless ``city`` is given. The answers describe
    the first ten practices and first five commitments (the questionnaire's limits).
    """
    if practices < 0 or commitments < 0:
        raise ValueError("counts must not be negative")
    rng = random.Random(seed)
    chosen = city if city is not None else rng.choice(CITIES)
    practice_items = [_practice(rng, chosen, *dealt) for dealt in _dealt(rng, _PRACTICES, practices)]
    commitment_items = [_commitment(rng, chosen, *dealt) for dealt in _dealt(rng, _COMMITMENTS, commitments)]
    answers = _answers(rng, chosen, practice_items, commitment_items)
    return DemoData(
        city=chosen,
        answers=answers,
        practices=[body for body, _rating in practice_items],
        commitments=commitment_items,
    )
