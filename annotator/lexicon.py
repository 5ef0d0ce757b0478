"""Word lists of the claims guide, as data: units, hedges and the cues that set a kind.

The guide's lists are "the common words, not all of them"; these extend them with
words of the same meaning. Everything here is plain data so the rules in
``annotator.extract`` read as rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Measure words and units that may follow a number (after its scale word). Traditional copy
# is read simplified, so 公噸 is found as 公吨 (a metric ton) and 噸公里 as 吨公里 (a
# freight turnover, as 人公里 is a passengers'); Hong Kong copy measures flats in 平方呎.
UNITS = """
个百分点 百分点 个基点 基点 % ％ ‰ 倍 成
元 美元 欧元 日元 英镑 港元 港币 澳元 韩元 卢布 人民币 新台币 台币 块钱
千瓦时 兆瓦时 吉瓦时 太瓦时 千瓦 兆瓦 吉瓦 瓦 度电 千伏 伏 兆帕 千帕 兆赫
立方米每秒 米每秒 公里每小时 千米每小时
平方公里 平方千米 平方米 平方分米 平方厘米 平方毫米 立方米 立方厘米 公顷 公里 千米 分米 厘米 毫米 米 亩 海里
吨 载重吨 修正总吨 总吨 公吨 千克 公斤 毫克 微克 克 斤 分贝 公升
吨公里 人公里 平方呎 呎 吋 平方英尺 英尺 英寸 磅
摄氏度 ℃ °C 华氏度 度
自然箱 标准箱 标箱 TEU 车次 架次 航次 班次 人次 户次 家次 件次 批次 频次 场次
辆次 艘次 台次 列次 趟次 例次 站次 组次 册次 篇次 间夜
个月 个季度 个小时 个工作日 个赛季 赛季 个星期 星期 小时 分钟 秒钟 秒 周岁 岁 天 年 周
例 剂次 剂 连胜 连败 连冠 分 点 晚
个 家 项 件 条 列 辆 台 套 台套 座 所 名 位 人 户 次 起 款 批 轮 笔 宗 单 部 册 节 记
艘 架 趟 班 间 栋 只 头 株 棵 张 本 份 篇 场 类 种 门 处 枚 颗 支 队 组 对
乘次 标台 车公里 毫升 千升 升 毫摩尔 千卡 大卡 千焦 兆焦 盎司 克拉 英亩 美制加仑 英制加仑 加仑 百帕 毫米汞柱 单位 治疗量 桨 学分 学时 课时 个学期 学期 英里 公尺 纳米 微米 勒克斯 马力 赫兹 磅力每平方英寸 psi 个标准大气压 标准大气压 个大气压 大气压
副 双 顶 箱 袋 瓶 盒 桶 块 片 粒 根 幅 首 卷 集 圈 层 幢 尾 羽 封 通 面 团 码 里 丈 尺 束 把
胜 平 负 球 助攻 篮板 抢断 盖帽 杆 平米 局 盘 环 金 银 铜 级 脚 站 投 中 罚 拍 届 注 步
堂 人份 眼 转 题 手 目 票 字 页 章 席 段 股 道 桌 柜 盏 车
km kg kW kWh MW MWh GW GWh TWh mm cm m² ㎡ t
TB GB MB KB PB Gbps Mbps
""".split()

# A unit's characters may begin a longer word instead (人口, 部门, 局面, 环比, 金额,
# 银行, 铜矿): followed by these, the character is no unit and the number stands bare
# (约2800万人口 is 约2800万).
UNIT_NOT_BEFORE = {"记": "者录忆载得住", "节": "能约日点假省奏目俭制",
                   "副": "市省县区部局长主总院校书理处司厅科队教经", "双": "向方边层重创赢减十循",
                   "顶": "级尖端层部", "箱": "包体", "瓶": "颈", "片": "区面", "根": "据本源治清",
                   "幅": "度员", "首": "都批次位个发届府创轮场日季部家款店台套要先席", "卷": "烟入",
                   "集": "团中体群聚成结装约", "圈": "层子", "层": "次面级", "尾": "号气声",
                   "羽": "毛绒", "封": "闭顶面锁存装控堵底山口号条印建杀禁城路关箱冻河育测",
                   "通": "道过知报车信讯用行胀航关畅常往向达勤告票路货风水气商俗则史识",
                   "面": "积对向临貌前料包条粉膜值额孔目部容试谈世市板签授上子纱具食馆", "罚": "款金单没则球分", "拍": "卖摄照板打子手档", "届": "时满", "注": "册意重入资射明销视定塑水解释", "站": "长立台岗稳起", "脚": "步下本印", "步": "行伐骤入道调履态骑",
                   "人": "口民", "升": "至到级温高值为了势幅格学降任职迁华旗空入起",  # 1升至2: a rise
                   "转": "让型化向变移换发入出运为至到回播载账贷产诊制动盘角手卖售租借包存赠嫁增债会战身院学业岗行"
                         "正交达送告述折弯圈眼机车乘道而好暖晴阴多接录码基口帖场",  # 转让, 转会, 转晴
                   "人份": "额", "题": "目材型库海干名词",  # 三题材 is no count of questions
                   "手": "机术续段艺法里工套枪表臂指脚掌心足头稿握册游", "目": "标录前光睹击",  # 两手机位, 三目标
                   "堂": "兄弟姐妹哥姊叔伯食皇会吉", "字": "样号节幕母符体画句头面迹据典条眼形型",
                   "页": "面码岩眉脚", "团": "体队员结聚购建长委伙",  # 5团体, 3团购: no balls of yarn
                   "码": "头", "里": "程长面", "尺": "度寸码子", "束": "手缚腰装身河", "把": "手握关持控脉",  # 3码头, 5里程碑, 3尺度, 束手, 一把手
                   "道": "路理德具歉别口教家士观义长场路谢贺喜歌", "桌": "面子椅球布游", "柜": "台子员面门体机", "章": "程节法句回鱼", "票": "房价据务面证选决源仓数号制友",  # 票房, 票价
                   "眼": "睛光界前里中下镜科神角力色熟红球泪皮尖看见", "负": "于责面担", "胜": "于利出诉任", "部": "门委分署曲", "局": "面势长", "盘": "面",
                   "车": "道间位厢型身辆头窗轮队牌票程库流速展站主险贷务棚场门轴厂友迷手尾灯组载况主线",  # 2车道, 3车间
                   "环": "路线内外以比节保境岛", "金": "属额融牌币价矿条奖杯色",
                   "银": "行河色币器牌联", "铜": "矿牌价材钱器陵仁川"}

# A shooting line (3分球14投6中): 投 counts attempts only before its makes, 中 the makes
# only after them; anywhere else the characters begin words (投资, 中国).
SHOT_AFTER = re.compile("(?:命中)?[0-9０-９]+中")  # 14投6中, 64投命中30中: attempts, then makes
SHOT_BEFORE = re.compile("[0-9０-９][投罚](?:命中)?$")  # … and 16罚12中: makes after free throws too
SHOTS_UNITS = frozenset("投中")
SHOTS_TRIED = frozenset("投罚")  # what a count of makes (中) is out of
# A medal tally (31金16银9铜), the games of a match (赢下28局), works (260部): counts
# after Arabic digits. After a Chinese numeral the same characters are often part of a
# name (五金, 中铁十一局, 检察五部主任, 七手八脚), so there they count only with a hedge
# (二百六十余部), in a running tally (三金一银), or after a verb (夺得两金, 先失两局, 拍了两部,
# and a match's length: 激战七局, 打满五盘).
NAME_PRONE_UNITS = frozenset("金银铜局盘部节记尾羽脚站")
COUNT_VERBS = re.compile("(?:[赢胜输丢失扳拿夺获摘得下取连再各共仅只了有达为计战满]|达到)$")
# 三局比赛, 五盘较量: the games of a match named after them are counted (the match's length).
MATCH_AFTER = re.compile("比赛|较量|对决|激战|鏖战|大战|对局")
# The moves of a game of go or chess (执黑187手, 共弈出260手) and its margin in points (胜5目):
# counts only where the game is told, for 手 and 目 end many words (两手准备, 七手八脚, 十目所视).
# A half after or before 目 (一目半, 半目) is go's margin wherever it stands.
BOARD_GAME_UNITS = frozenset("手目")
BOARD_GAME_CUES = re.compile("棋|弈|执黑|执白|中盘|对局|收官|读秒|认输|投子|落子|贴目")
# The counts of a tally follow one another (三金一银, 3胜1平): after one of these, 一 is a count.
TALLY_UNITS = frozenset("金银铜胜负")
# Measure words of things and people: after an acronym (AED60台, CT机 aside) a count.
COUNTED_THINGS = frozenset("台 个 家 套 辆 件 部 架 艘 座 条 项 款 支 枚 张 只 所 名 位 人".split())
# 四分之一决赛, 八分之一决赛: a round of a tournament, no fraction.
ROUND_AFTER_FRACTION = re.compile("决赛")
# Units of time or age a half may follow (两年半, 三天半, 1小时半, 二十一岁半), and go's
# margin (一目半); not where 半 begins a word (一年半年, 三天半夜, 两个月半数).
HALF_UNITS = frozenset("年 天 小时 个小时 个月 周 分钟 岁 周岁 目".split())
# Points in Chinese numerals (连得两分) only after a verb of scoring, and not in 三分球, 七分饱.
_POINTS_GAINED = "得|拿|拿下|连得|连拿"
SCORED_BEFORE = re.compile(f"(?:{_POINTS_GAINED}|追回|追|赢|领先|落后|相差|差|净胜|丢|失)了?$")
# 上半赛季积31分, 两分球得分52分: points gained, which add up (not a lead, 净胜, 落后)
POINTS_EARNED_BEFORE = re.compile(f"(?:{_POINTS_GAINED}|积|拿到|得分)了?$")
NOT_POINTS_NEXT = set("之钟球饱熟")
NOT_HALF_AFTER = "年天月日场数导径岛程价身山夜壁边块拍票小载"
# A bound recommended or set (每天饮水量不宜少于1.5升, 每次不得超过一小时): a modal's 不
# before a comparison turns it, 不宜少于 is "at least" and 不宜超过 "at most"; the whole
# phrase is the hedge, as 不少于 is.
_MODAL_NOT = ("不宜", "不应", "不得", "不能", "不可", "不要")
_TURNED = {"少于": "over", "低于": "over", "超过": "under", "超出": "under", "多于": "under", "高于": "under"}
MODAL_BOUNDS = {modal + word: q for modal in _MODAL_NOT for word, q in _TURNED.items()}
# Hedges that make 一 a figure (不到一年, 约一小时, 超过一个月): a bound on a span; 不止一次 and
# 至少一名 say "more than once", "someone", no figure.
ONE_HEDGES = frozenset("不到 不足 约 大约 大概 近 将近 接近 几近 超过 超出 超 逾 多于 少于 不超过 未满 不满".split()) \
    | frozenset(MODAL_BOUNDS)
# A format of games (五局三胜, 3局2胜制, 五场三胜制) names the rules, not a count.
FORMAT_UNITS = frozenset("局盘场")
# 级 counts a wind force or a quake's magnitude (风力2级, 偏北风4～5级, 7级地震); anywhere
# else it names a grade (四级手术, 三级医院, 百亿级). A storm's or a quake's 强度 is told in
# them too, after a verb (登陆时强度为12级, 强度增强至14级; 防护强度三级 is a grade).
_GRADE_ADVERBS = "(?:将|可|已|仍|最大|最高|逐渐|阵风)*"
_GRADE_VERBS = "(?:达到?|为|在|增强到|增强至|减弱到|减弱至|增大到|增大至|至|到|[：:])"  # 平均风力：3～4级
GRADE_BEFORE = re.compile(f"(?:(?:风力?|震级|里氏){_GRADE_ADVERBS}{_GRADE_VERBS}?"
                          f"|强度{_GRADE_ADVERBS}{_GRADE_VERBS})$")
GRADE_AFTER = re.compile("(?:左右|以上)?的?(?:地震|强震|余震|[东南西北偏]{0,3}(?:大风|阵风|强风|风))")

# After a Chinese numeral these begin a word or a place name (四平, 四平八稳): a count
# only after Arabic digits (16胜6平6负) or with a hedge inside (二百余通, 三十多届).
# 二环, 三环路: a ring road; 两双, 三双: a stat line; 一拍即合, 慢半拍: idioms; 十四届全国人大:
# an edition; 四通八达, 三通一平, 四面八方: slogans and idioms; 两眼, 三眼井: eyes and a
# place's name (but 30罚17中, a 62拍 rally, 连续举办12届, a hotline's 4.6万通 calls, 40余面
# banners and 3200余眼 wells are counts).
# 两届冠军得主, 三届奥运冠军: editions won, a count (but 十四届全运会冠军 names a games).
TITLE_AFTER_EDITIONS = re.compile("[^，。；、,;!?！？\\s]{0,2}?(?:冠军|得主|金牌得主|卫冕冠军)")
CLOCK_OPENING = re.compile("[0-9]{1,2}[:：][0-9]{2}(?![0-9])")  # 02:31　…: a log's line, opened by its time
# 以上三项小计: lines above recapped (linking.items), on a line of its own, no 以上 hedge
_LINES_RECAPPED = "(?:以上|上述|前述)(?P<count>[一二三四五六七八九十两0-9]+|各)项"
RECAP_OPENING = re.compile(_LINES_RECAPPED)
SECTORS_AFTER = re.compile("产业")  # 三次产业结构: the three sectors, named (not three times)
ARABIC_ONLY_UNITS = frozenset({"平", "环", "双", "罚", "拍", "届", "通", "面", "眼", "步", "车"})  # (一车难求)
# Old measures of length: after one Chinese numeral an idiom's (十里八乡, 火冒三丈, 三尺讲台, 七尺
# 男儿); a length is told in digits or longer numerals (18丈, 二十四里)
OLD_MEASURES = frozenset({"里", "丈", "尺"})
MEASURE_GOES_ON = re.compile("[零一二两三四五六七八九十0-9]+[尺寸]")  # 十三丈五尺: the 丈 alone is no whole length

# A compound duration (2小时09分37秒, 1年3个月) is one figure in its smallest unit: each
# unit's dimension and its size in that dimension's smallest step.
DURATION_PARTS = {"年": ("months", 12), "个月": ("months", 1),
                  "天": ("seconds", 86_400), "小时": ("seconds", 3600), "个小时": ("seconds", 3600),
                  "分钟": ("seconds", 60), "分": ("seconds", 60), "秒钟": ("seconds", 1),
                  "秒": ("seconds", 1)}

# What a unit may be "per" (元/公斤, 千米/秒, 微克/立方米): written after a slash.
# A price or a subsidy per item names the item's measure word (补贴80元/颗, 种苗35元/株,
# 2元/只); the slash may be full-width (35元／株). Not 项, 单, 包 or 部: after a slash they
# begin a word as often (元/项目, 元/单程, 元/包括).
PER_UNITS = ("平方米 ㎡ m² 平米 立方米 平方公里 千瓦时 千瓦 公斤 千克 小时 分钟 秒 天 年 月 斤 吨 亩 升 人 户 次 度 h s 百公里 "
             "公里 千米 分 时 日 周 个 张 份 辆 台 件 套 间 "
             "颗 只 株 棵 头 尾 羽 枚 粒 盒 瓶 袋 箱 桶 块 支 双 对 把 根 条 场 名 位 家 座 例 剂 笔 架 艘 节 晚 餐 千字 万字").split()
PER_SLASHES = "/／"
# A count of visits, trips, doses or nights (人次, 架次, 剂次, 间夜) is a unit of its own and
# may be what a price or a rate is per (元/人次, 元/间夜): read whole, never as 元/间.
COMPOUND_COUNTS = [u for u in UNITS if len(u) == 2 and u[1] in "次夜"]
# A rate per so many (发病率18.5/10万), its base's measure word perhaps written (6.6/10万剂次).
PER_BASES = ("/100万", "/10万", "/万", "/千")


def _alternation(units: Iterable[str]) -> str:
    """Longest first, so 个百分点 wins over 个, 千瓦 over 千; a unit before a character that
    makes it a longer word (人口, 部门) is no unit. Units of one length in their own order:
    in a set's, the pattern, and so the facts version hashed from it, changed from run to
    run, and every run found every stored fact stale."""
    return "|".join(re.escape(u) + (f"(?![{UNIT_NOT_BEFORE[u]}])" if u in UNIT_NOT_BEFORE else "")
                    for u in sorted(set(units), key=lambda u: (-len(u), u)))


_DENOMINATOR = _alternation([*PER_UNITS, *COMPOUND_COUNTS])
# A product of units is written with a middle dot (千瓦·时, 人次/公里·日): one unit.
_TIMES = f"(?:[·・•‧](?:{_DENOMINATOR}))?"
# The unit after a number, a per-unit perhaps after it.
UNIT_PATTERN = ("(?:成[一二三四五六七八九半](?![十百千万亿成])|"  # 六成五: 65%; 一成半 15%
                + "成[1-9１-９](?![0-9０-９.．])|"  # 6成5: 65% (4成50岁 is two figures)
                + f"(?:{_alternation(PER_BASES)})(?:{_DENOMINATOR})?|{_alternation(UNITS)})"
                + f"{_TIMES}(?:[{PER_SLASHES}](?:{_DENOMINATOR}){_TIMES})?")

# Units whose number is a fraction of a whole or a growth rate: they take a kind cue.
PERCENT_UNITS = {"%", "％", "‰", "成"}  # parts of a whole, as are the rates per PER_BASES
CHANGE_UNITS = {"倍", "个百分点", "百分点", "个基点", "基点"}  # 基点 is like 个百分点
BASIS_POINTS = ("个基点", "基点")  # … a hundredth of one

# Scale words after a number. 千/百 must not eat the first character of a unit
# (156万千瓦 is 156万 + 千瓦, 1.8个百分点 keeps 百分点).
# In traditional-character copy 兆 is 10^12 (新台幣3兆元), but never in a unit (兆瓦,
# 兆帕): the extractor's view of such copy writes that 兆 as TRILLION, a private-use
# character, so mainland 兆 (mega) never reads as a scale word.
TRILLION = "\ue000"
MEGA_UNITS_AFTER = "瓦|帕|赫|焦|字节|比特|伏|欧|位|像素|米|克|吨|卡"
SCALE_PATTERN = (
    f"万亿|千亿|百亿|十亿|千万|百万|十万|万万|亿|万|{TRILLION}|"
    "千(?!瓦|米|克|卡|帕|伏|兆|焦|升)|百(?!分|帕)"
)
SCALE_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000,
                "萬": 10_000, "億": 100_000_000, TRILLION: 10**12}
# The place words closing a Chinese numeral that act as a range's scale word (三至五千万元
# is 3千万 to 5千万); 十 does not, as it is no scale word after digits (二至三十 is 2 to 30).
RANGE_SCALE_PLACES = frozenset("百千万亿萬億" + TRILLION)

# Hedges: word → qualifier. Prefix hedges touch the number and join the span.
PREFIX_HEDGES = {
    "将近": "nearly", "接近": "nearly", "几近": "nearly", "近乎": "nearly", "近": "nearly",
    "大约": "about", "大概": "about", "约": "about",
    "超过": "over", "超出": "over", "突破": "over", "不少于": "over", "不低于": "over",
    "多于": "over", "高于": "over", "至少": "over", "最少": "over", "不止": "over",
    "超": "over", "逾": "over", "破": "over",
    "不足": "under", "不到": "under", "不超过": "under", "不高于": "under", "少于": "under",
    "低于": "under", "至多": "under", "最多": "under", "未满": "under", "不满": "under",
    "跌破": "under",  # fell through the figure: now below it
    "差不多": "about",  # 差不多一半: roughly
    **MODAL_BOUNDS,
}
# Hedges that may stand a little before the figure, a verb or a currency's name between
# (约占全国的15%, 约为, 超过了4.6万人, 差不多每五个孩子就有三个). 快 says "nearly" only
# before a verb of reaching (快有两万万元, 快到3000人); before a figure it is "faster by".
BACK_HEDGES = {w: PREFIX_HEDGES[w] for w in "约 大约 超过 超 逾 突破 不足 不到 将近 接近 近 差不多 不少于 不低于 不超过 不高于".split()}
BACK_HEDGES.update(MODAL_BOUNDS)  # 睡眠不应少于⏎9小时: a bound on the line before
BACK_HEDGES["快"] = "nearly"
NEARLY_VERB_AFTER = re.compile("要?(?:有|到|达)")  # what makes 快 a hedge, no change word
# A one-character hedge right after these characters is the end of another word
# (节约, 最近, 赶超, 打破), not a hedge. For 约 only verbs that take a figure as their
# object (节约20%, 签约12个, 预约300人次, 履约41.2万份): 制约, 公约, 条约 and 简约 take no figure, so
# before one 约 is the hedge (交通管制约30分钟, 办公约200平方米, 一条约5公里, 精简约两成).
HEDGE_BLOCKERS = {
    "约": set("节签预相邀履续"),
    "近": set("最附接将靠贴亲就邻"),
    "超": set("赶高买卖買賣"),  # 买超, 卖超: net buying or selling (买超312亿元), no hedge
    "破": set("打冲突攻识击"),
    "突破": set("未没"),  # 均未突破每班45人的上限: not passed, no bound said of the figure
    "上": set("千百"),  # 成千上万, 成百上千: an idiom, no figure
}
# 扩大约三成, 最大约50%: after these the 大 of 大约 ends the word before (扩大, 最大), and
# the hedge is 约 alone; elsewhere 大约 is one word (全市大约三成).
HEDGE_HEAD_ENDS_WORD = {"大约": set("扩放加增变拉最较更过偏壮做")}
# Hedges that may frame a span of time rather than bound a figure (近7天中有6天: the last 7 days).
TIME_FRAMING_HEDGES = frozenset(("近",))
# 近 before a span of time that ends now means "recent" (近十年，近12个月平均), not "nearly".
# Days to years, and a team's last games or seasons, frame the present wherever the
# clause goes on; hours only with a word of "within" or "since" after them (近24小时内).
RECENT_SPAN = re.compile("(?P<long>个?(?:年|月|星期|周|天|日|季度|赛季|交易日|工作日)|场|轮|届|期)"
                         "|(?P<short>个?小时|分钟)")
FRAME_AFTER = re.compile("以来|来|内|里|中|间|期间")
# 4月15日至19日，为期5天: the words that tell a span of dates again as a count of days or
# months (dated.py); 历时 may count the gap alone
SPAN_UNITS = ("天", "日", "个月", "周", "个星期")
# 7月1日至8月31日每周二、周四排练，共排练18次: the days of those weekdays in the span (or the
# month told: 2025年8月，每周二、四、六…，当月共开放13场), none left out (节假日除外)
WEEKDAYS_EACH = re.compile("(?:每逢|逢每|每)(?:周|星期)(?P<days>[一二三四五六日天](?:[、和及与]?(?:周|星期)?[一二三四五六日天])*)"
                           "(?:(?:至|到|—|－|-)(?:周|星期)(?P<to>[一二三四五六日天]))?")  # (每周二至周日: a range)
WEEKDAY_COUNTS = ("次", "天", "场", "节", "晚", "期")
DAYS_LEFT_OUT = re.compile("除外|除了|节假日|停课|停办|暂停|调休")
MONTH_TOLD = re.compile("(?P<y>(?:19|20)[0-9]{2})年(?P<m>1[0-2]|[1-9])月(?![0-9]|[0-9]*日)")
WEEK_UNITS = frozenset(("周", "个星期"))
_DAYS, _MONTHS, _NIGHTS, _WEEKS = frozenset(("天", "日")), frozenset(("个月", "月")), frozenset(("晚", "夜")), WEEK_UNITS | {"星期"}
# 每晚460元 … 住宿2晚: the units a period's length is told in, for each time a rate is told for
PERIOD_LENGTHS = {"天": _DAYS, "日": _DAYS, "月": _MONTHS, "晚": _NIGHTS, "夜": _NIGHTS, "周": _WEEKS, "星期": _WEEKS,
                  "年": frozenset(("年",)), "工作日": frozenset(("个工作日", "工作日"))}
SPAN_TOLD_BEFORE = re.compile("(?:^计|为期|共计?|一共|历时|持续|连续|整整|用时|耗时"
                              "|(?:[展会赛工花汛]|禁渔|休渔|禁捕|供暖|采暖|施工|封闭)期)了?$")  # (禁渔期近60天)
# 11月5日开幕，11月14日闭幕: a span's first day told by its opening, the last by its close
SPAN_OPENED = "开幕|开园|开馆|开展|开赛|开始|启动|开工|开放|开课|开市|开营"
SOME_DAYS_OF_SPAN = re.compile("每个?(?:周|星期)|每逢|周末|双休|工作日|节假日|每隔|隔[一两]?天")
GAP_OR_SPAN_BEFORE = re.compile("(?:历时|持续|用时|耗时|工期)了?$")
WORKS_PERIOD_BEFORE = re.compile("工期$")  # 8月开工，次年10月竣工，工期14个月: from the start, or counting it
# 始建于1968年，…建校57周年; 1957年建成通车，…已服役68年: a founding, and the years since it
FOUNDED = re.compile("始建于|建于|成立于|创办于?|创建于|创立于|诞生于|始于|建成|开通|投用|通车|落成|启动|开办|开业")
YEARS_SINCE_BEFORE = re.compile("(?:已|已经)(?:安全|累计|连续)?(?:服役|运行|运营|走过|使用|投用|通行|通车|坚持|持续|有)了?$")
# 自2014年起每年举办一届，到今年（2025年）已连续举办12届: editions a year, both ends counted
TO_THIS_YEAR = re.compile("(?:到|至|截至)今年|今年(?:已)?是第")  # 到今年已连续举办N届: this year the last
EDITION_SKIPPED = re.compile("[^，。；,;0-9]{0,4}(?:停办|暂停|取消|中断|未举办|停摆)")  # 2020年停办一年
EDITIONS_BEFORE = re.compile("(?:已|已经)?(?:连续)?(?:举办|举行|召开|开展|评选)了?$")
# 2021年至2025年（五年来, “十四五”期间）累计投入A，年均投入B: a year's average of the span's total
YEARLY_AVERAGE_BEFORE = re.compile("年均[\u4e00-\u9fff]{0,4}$")
YEAR_SPAN = re.compile("(?P<a>(?:19|20)[0-9]{2})年?(?:至|到|—|－|-|～|~)(?P<b>(?:19|20)[0-9]{2})年")
YEARS_TOLD = re.compile("(?:近|过去|这)?(?P<years>[二三四五六七八九十两]|[2-9]|1[0-9])年(?:来|间|内|中|里|累计|共)")
FIVE_YEAR_PLAN = re.compile("十[一二三四五六七八九]五[”\"’']?(?:期间|时期|以来)")
PLAN_YEARS = 5
EACH_YEAR_ONCE = re.compile("每年(?:举办|举行|召开|开展|评选)?一届|一年一届")
# 今天是5月30日，距离6月9日开幕…还有10天: the days left to a date, from today's
DAYS_LEFT_BEFORE = re.compile("还有|还剩|仅剩|只剩")
TODAY_IS = re.compile("今天是|今天|今日")
COUNTDOWN_TO = re.compile("距离?")
# 上午8:30—12:30、下午14:00—17:30对外办公，每天办公7.5小时; 18:30开市、次日1:30收市: clock
# times told in pairs, each pair a span (次日: past midnight), and how long they make
# (下午2:10 is 14:10)
CLOCK = re.compile(r"(?P<next>次日|凌晨)?(?P<pm>下午|晚上|傍晚|夜里)?(?P<h>[0-2]?[0-9])[:：](?P<m>[0-5][0-9])(?![0-9])")
BREAK_TOLD = re.compile("休息|午休|用餐|就餐|吃饭")  # (含休息30分钟: a break in the span)
EACH_SHIFT = re.compile("每班|每个班次|每场|每节|各")  # (每班12小时: each span's length)
TIME_ZONES = re.compile("当地时间|北京时间|时差|格林尼治")
CLOCK_TOTAL_BEFORE = re.compile("^(?!.*(?:每周|一周|每月|全年|每年|全周))[^，。；,;]*?(?:办公|营业|开放|持续|时长|历时|共计?|演出|服务|运营|工作|开馆|上课|作业|施工|值守|值班|分拣|飞行|航行|航程|行程|车程|全程|行驶|运行|用时|耗时|每班|相隔|间隔|相差)(?:时间)?(?:为|达|约|是)?了?$")
# 周二至周日8:30—17:00，每周开放51小时; 每周一闭馆，其余每天8:30至21:00开放，每周开放75小时: a
# day's hours over the days a week it opens (a range of weekdays, or the week less those closed)
WEEK_CLOCK_TOTAL_BEFORE = re.compile("(?:每周|一周)[^，。；,;0-9]*?(?:开放|营业|办公|服务|开馆|运营|开园)(?:时间|时长)?(?:为|达|约|是|共计?)?了?$")
WEEKDAY_RANGE = re.compile("(?:周|星期)(?P<a>[一二三四五六日天])(?:至|到|—|－|-|～)(?:周|星期)(?P<b>[一二三四五六日天])")
WEEKDAYS_CLOSED = re.compile("(?:每)?(?:逢)?(?:周|星期)(?P<days>[一二三四五六日天](?:[、和及与]?(?:周|星期)?[一二三四五六日天])*)"
                             "(?:全天)?(?:闭馆|休馆|闭园|休园|休息|停业|闭店|不开放|例行休息)")
# 1329名师生…团体票每张20元，门票费用共T: a ticket each, priced each, over the heads counted
TICKET_PRICED = re.compile("票[\u4e00-\u9fff]{0,4}每张$")
# 每10股派发现金红利3.5元（含税），以总股本4.8亿股计，合计派发现金红利1.68亿元: a dividend per
# so many shares over the shares of the company pays the total
DIVIDEND_PER_SHARES = re.compile("每(?P<per>[0-9]+|十)股(?:派发?|分配|派送)(?:现金)?(?:红利|股利)?(?:人民币)?$")
SHARES_OF_ALL = re.compile("总股本")
DIVIDEND_PAID = re.compile("(?:派现|派发|分红|分配|现金红利|股利)[\u4e00-\u9fff]{0,6}?(?:总额|合计|共计|总计|金额)(?:为|约|达)?$"
                           "|(?:合计|共计|总计)(?:派发|派现|分配)(?:现金)?(?:红利|股利)?(?:约|为|达)?$")
# 图上1厘米代表实地6公里 (or 比例尺为1:50000): a map's scale; 图中…长14厘米，折合实长约84公里: a
# length on the map, and on the ground
MAP_SCALE_BETWEEN = re.compile("[^，。；,;0-9]{0,2}(?:代表|相当于|表示|对应)(?:实地|实际|地面)?")
MAP_RATIO_LEAD = re.compile("比例尺(?:为|是)?$")
ON_THE_MAP = re.compile("图上|图中")
ON_THE_GROUND = re.compile("实地|实际|实长|地面")
# 月租金105600元…押金为两个月租金，计211200元: so many months of a monthly sum make it
# (押金为3个月的首年月租金，计T: whose month, 首年月, told before what)
MONTHS_OF_IT = re.compile("的?(?P<whose>[\u4e00-\u9fff]{0,4}?)(?P<what>租金|房租|工资|月薪|薪水|月费|物业费)[，,]?"
                          "(?:计|共计|合计|为|共|即|折合)?(?:约)?")
MONTHLY_LEAD = re.compile("(?:月租金?|每月|月工资|月薪|月费|每个月)[\u4e00-\u9fff]{0,4}?(?:为|是|约|达)?$")
# 0—14岁人口A，15—64岁人口B，65岁及以上人口C，总抚养比为D%: the young and the old over
# those of working age (少儿抚养比 the young alone, 老年抚养比 the old)
DEPENDENCY_RATIO = re.compile("(?P<kind>总|少儿|老年)抚养比(?:为|是|达到?|约)*$")
AGE_BANDS = {"young": re.compile("0[—－~～至到-]14岁|少儿"), "working": re.compile("15[—－~～至到-]64岁|劳动年龄"),
             "old": re.compile("65岁及以上|65岁以上|老年")}
# 种植辣椒620亩，平均亩产1850公斤，按每公斤3.2元计算，总产值约367万元: a crop's value is its
# area times its yield an area times its price a weight
YIELD_PER_MU_LEAD = re.compile("亩产[\u4e00-\u9fff]{0,4}?(?:量)?(?:约|为|达到?|是)?$")
PRICE_PER_WEIGHT_LEAD = re.compile("每(?P<per>公斤|千克|斤|吨|克)[\u4e00-\u9fff]{0,6}$")
CROP_VALUE_LEAD = re.compile("(?:产值|收入|销售额|总值|收益)(?:约|为|达到?|是|可达|合计|共计)*$")
# 7月20日入住，7月26日退房，共住了6晚: a stay's nights are the days between arrival and departure
CHECKED_IN_AFTER = re.compile("[^，。；,;0-9]{0,3}(?:入住|住进|抵店|报到|入营|开营)")
CHECKED_OUT_AFTER = re.compile("[^，。；,;0-9]{0,3}(?:退房|离店|离开|离营|结营)")
NIGHTS = ("晚", "夜", "间夜")
# A year that opens a span (自2021年起, 由2020年的A增至…, 2019年以来): gone by, not the article's own year.
SPAN_START_BEFORE = re.compile("(?:自|从|自从|由)$")
SPAN_START_AFTER = re.compile("起|以来|开始|至今")
# Where the span is the figure itself, 近 is the hedge: after a verb of lasting, taking or
# shortening, of a stock sufficing for a time, of a stop or a limit set for a time, or a
# noun naming a length of time (缩短近2个月, 历时近三年, 连续近十天, 可满足近两个月的需求,
# 停课近一周, 限时一小时, 工期近两年).
_DURATION_LEAD_WORDS = ("用时|耗时|历时|费时|为期|持续|连续|长达|达到?|缩短|延长|提前|推迟|相隔|间隔|时隔|"
                        "跨越|经过|经历|花费|耗费|坚持|满足|足够|够用?|足以|维持|支撑|可供|"
                        "[停休闭禁歇][\u4e00-\u9fff]|暂停|关闭|封闭|放假|延期|顺延|限时|限期|"
                        "时间|工期|周期|历史|时长|年限|寿命")
DURATION_LEADS = re.compile(f"(?:了|过|有|已|{_DURATION_LEAD_WORDS})$")
# Half a unit of time is the figure after the same words (提前了半小时, 两人只差了半秒), and
# so is one (停课一天, 限时一分钟); but after a bare 了 or 有 半天 is "for ages" (等了半天)
# and 一天 "some day" (有一天): the span needs a word of its own.
LASTING_LEADS = re.compile(f"(?:{_DURATION_LEAD_WORDS})了?$")
# ... or where the span closes its clause (执教该队近十年。).
SPAN_CLOSERS = re.compile("之久|有余|左右|多|余")
# 时间一天天过去, 寿命一年比一年长, 一天到晚: idioms of time passing, no span after a lead.
TIME_PASSING_AFTER = re.compile("[天年月日]|比一|到晚")

# Before a figure followed by a standard, a target or a record (低于19:1的标准, 高于35微克/立方米的
# 限值, 低于3%左右的年度调控目标, 超过2项全国纪录) these compare something else with it: the
# standard is stated as written, its own hedge kept.
COMPARISONS = frozenset({"高于", "低于", "不高于", "不低于", "超过", "超出", "不超过", "多于", "少于"}
                        | set(MODAL_BOUNDS))  # 不得超过35微克/立方米的限值
# A modifier of up to four characters may name the standard (低于3%左右的年度调控目标,
# 低于7天的安全库存标准).
REFERENCE_AFTER = re.compile("的?(?:国家|国际|全国|全省|全市|行业|规定|法定)?(?:[一二三]级)?"
                             "[^，。；！？、的0-9０-９]{0,4}?(?:目标(?!任务)|纪录"
                             "|标准|水平|要求|红线|上限|下限|限值|门槛|基准|警戒线|平均值|均值)")

# Only before a bare scale word: 上百家, 过万人, 破亿元.
SCALE_HEDGES = {"上": "over", "过": "over", "超": "over", "逾": "over", "破": "over",
                "突破": "over", "超过": "over", "近": "nearly", "将近": "nearly", "接近": "nearly"}

# Suffix hedges: between the number and its unit (1500余家, 20多倍) or after it.
INNER_HEDGES = {"余": "over", "多": "over", "来": "about", "几": "over"}
OUTER_HEDGES = {"左右": "about", "上下": "about", "附近": "about", "以上": "over", "以下": "under",
                "以内": "under", "之内": "under",
                "之多": "over", "有余": "over", "开外": "over", "出头": "over",
                "多": "over", "余": "over",
                "上方": "over", "下方": "under"}  # 1.5万亿元上方, 1900美元下方: a market's level
# A market's level is told bare as often (回落至100下方, 站上7.2上方): a bare number before
# 上方 or 下方, after a verb of reaching or holding, is a level (图1下方 is a place on a page).
LEVEL_MARKS = frozenset(("上方", "下方"))
LEVEL_MARK_BEFORE = frozenset("至到于在破上稳住")

# Kind cues, read backwards from a percentage: the nearest one wins, the longest on a tie
# (增长率 is a change, 渗透率 a share). A comparison says by how much (比去年高出约一成,
# 少了约四分之一): a change; what is restored or done is a part of the whole (已恢复96%).
# 成长 and 衰退 are growth and fall in Taiwan and Hong Kong copy (營收成長兩成); their rates,
# 年增率 (year on year, as 年增 is), 年減率 and 成長率, are rates of change, not parts (率 alone
# is a share).
CHANGE_CUES = """
增长 增加 增速 增幅 增 下降 下滑 下跌 降低 降幅 降 减少 减小 减 提高 提升 上升 上涨 涨幅 涨
跌幅 跌 回落 回升 缩短 缩小 缩减 扩大 放大 同比 环比 年均 翻 快 慢 加快 提速 拉动 增长率
偏多 偏少 偏高 偏低
成长 衰退
增率 减率 成长率 衰退率 增加率 减少率
高出 多出 低出 高了 低了 多了 少了
溢价率 涨跌幅 议价幅度 溢价 升值 贬值
上调 下调 上浮 下浮 幅度 跃升 下探 扩容 贬值率 下浮率 上浮率 降价率 失重率
""".split()
# 比周边市场低5%至15%, 较上月高3%: a percentage right after 比 (or 较) … 高, 低, 多 or 少
# says by how much one level differs from another, a change, whatever the words between
# name (not 同比, 占比, 比重, 较低).
COMPARED_BY = re.compile("(?:(?<![同环占])比(?![重例率值])|较(?![大小快慢高低好多少强弱]))"
                         "[^，。；！？,;!?比较]{0,12}?[高低多少]了?$")
# A group named before 中有 is the whole its figure is part of (新增企业中有三成是外资, though
# 新增 before it is a change word).
SHARE_CUES = """
占 占比 比重 份额 率 比例 比率 比 渗透 覆盖 贡献 占有率 之一 的 其中 中有 相当于 增长面 下降面 亏损面 持股
强度 毛利率 净利率 利润率 城镇化率 城市化率 失业率 就业率 满意度 湿度 含量 浓度
依存度 集中度 普及度 饱和度
恢复 完成
构成： 结构： 分布：
""".split()  # (运输量构成：公路19.1%，铁路…: the parts of the whole the heading names)

# A rate told per a base of so many (申诉率为每百万件0.38件, 每10万人口发病数为31.6例) is a
# part of a whole like 18.5/10万, whatever its measure word; a count per base that names
# no rate nor incidence (每千人口献血12.8人次, 每万人口拥有医师3.2人) is a level.
_RATE_WORDS = "率|发病|患病|死亡|感染"
_BASE = "每(?:[1１][0０]*|[十百千万亿])[0０十百千万亿]*"  # 每10万, 每千, 每百万: a power of ten
RATE_PER_BASE = re.compile(f"(?:{_RATE_WORDS})[^，。；,;]{{0,4}}{_BASE}[^，。；,;0-9０-９]{{0,6}}$"
                           f"|{_BASE}[^，。；,;]{{0,14}}(?:{_RATE_WORDS})[^，。；,;0-9０-９]{{0,6}}$")
# …and any figure per such a base (约为每千名新生儿2.2例) is a rate, never a part of a total
PER_BASE_BEFORE = re.compile(f"{_BASE}[^，。；,;0-9０-９]{{0,8}}$")
# 每万人口注册护士48.6人: a count per so many of the population, of what its words name
POPULATION_RECKONED = re.compile("按(?P<whole>[\u4e00-\u9fff]{0,4}人口)(?:计算?|算)")  # 按常住人口计每万人…
PER_POPULATION = re.compile(f"(?P<base>{_BASE})(?:名|个)?(?:常住|户籍)?(?:人口|人(?=中|拥有|具有|有|$))(?:中|拥有|具有|有)*(?P<name>[^，。；,;0-9０-９]{{2,10}}?|(?<=拥有)|(?<=人))"
                            "(?:数|数量)?(?:为|达到?|有)?$")
POPULATION = re.compile("人口")

# A figure with no unit is a claim only right after words that make it a statistic
# (性别比104.69, 流动比率1.44, 基尼系数0.465, PMI为50.8, CPI为101.8, BMI为24.3, 指数收于3245.67, a
# rating 评分达到9.2, a player's 场均KDA为6.8, a standing's tie-break 局分比1.308 or 净胜分比, but not 百分比 nor
# the 分比 of a score, 88分比86): never a bare number in running text, nor one after the
# name of a version, a model or a shirt number (版本为2.1, 号码是23), which measure nothing;
# one statistic may list several (局分比1.308和1.150).
# Index points written with 点 carry the unit as any other figure.
STATISTIC_BEFORE = re.compile(
    "(?:性别比|系数|指数|PMI|AQI|CPI|PPI|BMI|KDA|评分|打分|分值|市盈率|市净率|汇率|中间价|(?<![百部充0-9０-９])分比"
    "|比率|收入比|失误比|租售比|容积率|倍率)"  # 流动比率为1.44, 城乡收入比缩小至2.27, 助攻失误比4.6, 容积率2.5, 求人倍率1.65
    "(?:[（(][A-Za-z0-9.]{1,8}[）)])?"  # 空气质量指数（AQI）为156
    "(?:已经?|仍|将|再|均|继续|进一步|分别)?"
    "(?:为|是|达到?|约为|仅为|高达|降至|升至|降到|升到|回落至|回升至|收于|收报|报收|报|在|维持在|"
    "下降至|下降到|上升至|上升到|降低至|降低到|提高至|提高到|缩小至|缩小到|扩大至|扩大到|控制在|保持在|[：:])?"  # 指数：156, a data box
    "(?:[0-9０-９][0-9０-９.．]*(?:和|与|及|、))*$")
# What may follow such a figure: the end of its clause, a note in brackets, the next in a list,
# or 的 before the level it is (below).
STATISTIC_NEXT = frozenset("，。；！？,;!?、（( \n与和及较比的")
# 高于全国11.4的平均水平: a bare figure between a comparison and the level or standard it
# names after it is that level, in the unit of the figure compared (a statistic too).
COMPARED_LEVEL_BEFORE = re.compile(f"(?:{'|'.join(sorted(COMPARISONS, key=lambda w: (-len(w), w)))})"
                                   "[^，。；！？、,;!?0-9０-９]{0,6}$")
# The last of a listed statistic's figures (局分比1.308和1.150区分高下) ends the list,
# whatever word follows: the figure before it made the list a statistic's.
STATISTIC_JOINERS = frozenset("和与及、")

# A change verb followed by these gives the level reached, not the change (提升至90.5%).
LEVEL_AFTER_CHANGE = re.compile(r"了?(?:至|到)")
# A change word closing an earlier clause is a verdict on the level the next clause gives
# (覆盖率仍然偏低，仅为19.7%; 占比稳步提升，达到40%), not the size of a change.
VERDICT_AFTER_CHANGE = re.compile(r"了?[，,]")

# Rates that are a price, a return, a spread or a level, neither a part nor a change (贷款利率3.05%,
# 收益率2.28%, 保险费率12%, ROE 9.87%); a part of a whole ending in 利率 (毛利率) is a share
# cue above, and the longer word wins a tie.
# A gradient (平均坡度7.5%, 纵坡3%) is rise over run, a ratio of two lengths as 生师比 is of
# two counts: a level, no part of a whole.
AMOUNT_CUES = "利率 贴现率 汇率 利息率 收益率 回报率 费率 ROE ROA ROIC 股息率 息差 利差 市盈率 市净率 坡度 纵坡".split()

# After a percentage only words naming a whole count (30%的份额); 的 there is attributive.
SHARE_CUES_AFTER = "份额 比重 占比 比例 市场占有率".split()
# Otherwise X%的 + noun is a part of that noun (约80%的泵血功能, 30%的受访者), unless the
# noun names a target, a level or a pace the percentage is (6%左右的目标).
# 贡献了七成以上的城镇就业: a share of the whole named right after it
WHOLE_AFTER_SHARE = re.compile("的(?P<whole>[\u4e00-\u9fff]{2,6})")
NOT_A_WHOLE_AFTER = re.compile("目标|预期|水平|速度|速率|标准|要求|幅度|区间|上限|下限|门槛|红线|税率|费率|高位|低位")

RANK_CUES = re.compile(
    "排名|排行|排在|排|位居|跃居|稳居|居|位列|名列|列|跻身|获得|夺得|荣获|取得|获|全国|全球|世界|亚洲|欧洲|全省|全市|"
    "国内|省内|西部|中部|东部|城市|行业|同类|榜|史上|"  # 历史上第十九位: the order of a record
    "历史|记录以来|"  # 有气象记录以来同期第二位, 历史同期第三位: a place in the record
    "联赛|积分榜|总成绩|小组|赛区|"  # 锁定联赛第二名: a table's place
    "领先|落后|仅次于|力压|紧随|超越|追赶|"  # 领先第三名5分: the standing of another
    "升至|升到|跃升|攀升|降至|降到|跌至|跌到|滑落"  # 升至第三位: a move in a standing
)

# The verb of a standing: what is ranked is named before it (汽车产量跃居全国城市第三位).
RANK_VERB = re.compile("位居|跃居|稳居|位列|名列|排名|排在|居")

# 倒数第二: a place counted from the bottom (optional in the guide's sense, never a rank).
FROM_THE_BOTTOM = "倒数"
# After the ordinal: 以第五名的成绩, 以小组第一的身份出线 (a place, not an edition).
RANK_AFTER = re.compile("的(?:成绩|身份|名次|排名)|(?:高|低|多|少)(?=[，。；、,;的）)]|$)|(?:上?升|跃升|攀升|下?降|下滑|跌|滑落)(?:至|到)第")
# 第四名青湖队: a place in a standing used as a team's label, for 名 counts no teams (but
# 第一名队员 is one of a sequence).
PLACE_LABEL_AFTER = re.compile("的?[^\\s，。；、,;!?！？的]{2,8}?队(?![员长伍])")
# 第1名 青川队 14胜5平3负: a line of a standings or results table opens with the place, then
# a space or a bar before the name (a patient or a team member, 第一名患者, runs on unbroken).
TABLE_CELL_GAP = frozenset(" \t\u3000|｜")

# After 第N these are editions, generations or counts of times, never a rank.
NOT_RANK_NEXT = set("届次代批年季期个条款章节轮阶步部号天周月日层级座家单局盘场洞站分秒金银铜枚冠球")

# Numbers right before these are names or labels: 世界500强, 百亿级, 5G; after a unit only
# 级 is (10万吨级码头: a class), for 强 there starts a word (3轮强降雨, 16支强队).
LABEL_NEXT = set("强级")
# Thousands of thousands are written in 万 (202.5万, never 2025千): after four digits or
# more, 千 and 百 begin the next word, the name a year is written before (2024千山马拉松,
# 2024百度世界大会).
SMALL_SCALES = frozenset("千百")
LABEL_AFTER_UNIT = set("级")
# A year opening a clause is glued to the name it begins (2024环太湖自行车赛, 2025双城马拉松,
# 2023金秋文化节): where the words after a measure word run on to an event's name, with no
# word of taking part between (2025名选手参赛 counts them), the number is no count.
YEAR_NAME_AFTER = re.compile("[^，。；！？,;!?、：:（(\n]{0,16}?"
                             "(?:赛|大会|博览会|运动会|论坛|峰会|马拉松|节|展|杯|奖)")
TAKING_PART = re.compile("参|出席|报名|观|到场|加入|来自|获")
# But 个 counts a noun, and a 级 after it begins that noun (共设20个级别): no class of a size.
NOUN_COUNTERS = frozenset(("个",))
# A distance before these, or after 男子/女子/4×, names a race (男子100米自由泳, 女子100米栏);
# before 跑步, the activity, it is the distance run (5公里跑步, as 800米游泳).
EVENT_AFTER = re.compile("自由泳|蛙泳|仰泳|蝶泳|(?:个人)?混合泳|接力|栏|跑(?!步)|短跑|长跑|竞走|障碍|速滑|场地赛|决赛|预赛|半决赛")
EVENT_UNITS = frozenset(("米", "公里", "千米"))
# After 最后 it names the closing stretch of a race or a route (最后200米冲刺, 打通最后1公里).
EVENT_BEFORE = re.compile("(?:男子|女子|男女|混合|[×xX]|最后)$")
# 半百 is fifty, said of an age with no unit (年过半百, 年近半百); it is a bare scale word as
# 百 is, so the hedges of 过万 bound it (年过半百: over).
HALF_HUNDRED = "半百"
# ... but not the 半 of 多半, 大半 (多半百姓: most people), nor 百 opening 百姓, 百分比, 百货.
HALF_HUNDRED_NOT_AFTER, HALF_HUNDRED_NOT_BEFORE = "多大小", "姓分货"
# A crew's size before a boat or a sled names the event or the boat class (男子八人艇,
# 女子四人双桨, 四人单桨有舵手, 四人皮艇, 四人雪车), as 4×100米接力 names a relay: no count
# (but 八人参赛, 共有八人 count people).
CREW_UNITS = frozenset(("人",))
CREW_EVENT_AFTER = re.compile("艇|单桨|双桨|划艇|皮艇|赛艇|有舵手|无舵手|雪车|雪橇")
# A count of events in a multi-event sport's name (铁人三项, 现代五项, 北欧两项, 十项全能) is
# part of the name, no count.
MULTI_EVENT_BEFORE = re.compile("(?:铁人|现代|北欧)$")
MULTI_EVENT_AFTER = re.compile("全能")

# A ratio written with a colon (生师比15.2:1, 男女比例为1:1.05). Without a word naming a
# ratio, only an X:1 that ends its clause or is described (19:1的标准) is one: a clock
# never reads 10:1, and a list's "2：1）" goes on. A score is no claim here (the guide
# leaves it optional), so words of a match rule a colon pair out.
RATIO_COLONS = frozenset(":：∶")
# 近半秒, 不到半小时, 提前半个月: half a unit of time (a half year after 近 frames the
# present, and so does a half month that 来 or 内 follows: 近半个月来); 半目, go's margin.
HALF_OF_A_UNIT = f"秒钟|秒|分钟|个小时|小时|天|个月|目(?![{UNIT_NOT_BEFORE['目']}])"
LABEL_COLONS = frozenset("：:")  # 平均风力：3～4级: a data box line, label then figure
# 生师比15.2:1, 男女比例为1:1.05, 收入比缩小到2.34:1: a verb of change may come between;
# so may the time of an earlier level after 由 or 从 (师生比从五年前的19.4:1下降到16.3:1).
# (相比从8:30提前到8:00 compares two clocks: no ratio is named.)
RATIO_BEFORE = re.compile("比(?:例|率|值)?(?:[^，。；、0-9]{0,3}?[为至到在是达]了?|约)?$"  # (师幼比达到了1:7)
                          "|(?<![相对])比(?:例|率|值)?(?:由|从)[^，。；、0-9]{0,8}$")
RATIO_AFTER = re.compile("(?:的)?(?:比例|配比|之比)")
# A ratio stated earlier in the sentence (生师比为17.6:1，较上年的18.3:1): a later X:Y
# is the same ratio at another time or place.
# The earlier level may carry its time (师生比由三年前的1∶1.15提高到1∶1.32), in digits of
# either width.
# A ratio said with 比 is written the same way (生师比由一比十七降至一比十四).
_RATIO_TERM = "(?:[0-9０-９.．]+|[〇一二两三四五六七八九十百点]+)"
RATIO_EARLIER = re.compile(f"比(?:例|率|值)?[^，。；、0-9０-９]{{0,8}}{_RATIO_TERM}[:：∶比]{_RATIO_TERM}")
SCORE_CUES = re.compile(
    "比分(?!别)|比赛|对阵|主场|客场|战胜|击败|取胜|获胜|胜出|战平|逼平|打平|扳平|战成|打成|踢成|"
    "领先|落后|险胜|完胜|大胜|惜败|不敌|力克|横扫|负于|输给|逆转|淘汰|晋级")

# A race time written with colons (2:09:37, 1:44.65) is one only beside the words of a
# result; otherwise 10:30:00 is a clock.
RACE_TIME_BEFORE = re.compile("(?:以|成绩为?|用时|耗时|跑出|游出|滑出|骑出|完赛|最好成绩|纪录为?|纪录是)$")
RACE_TIME_AFTER = re.compile("的?(?:成绩|夺冠|夺金|冲线|获得|摘得|打破|刷新|改写|创造|排名|位列|完赛)")

# 每4台笔记本就有1台 is a share only when both counts are of one kind of thing; 每百户拥有
# 45辆 is a count per household. Counts of people are one kind whatever the measure word.
PERSON_COUNTS = frozenset({"人", "名", "位", "个"})

# A 次 followed by these is a session number (六届人大三次会议), not a count.
SESSION_WORDS = re.compile(r"(?:[、，,]\s*[零一二三四五六七八九十]+次)*(?:会议|全会|大会|常委会|代表大会)")

# 首十个月, 前三季度, 未来两年: a period or a frame, not a figure; so are the first rounds,
# games or stops of a season (本赛季前十轮, 前三场, 前两站), as the first months of a year.
# 提前 is ahead of time: 提前两轮夺冠 and 提前三天完成 tell the margin, a figure.
PERIOD_BEFORE = re.compile("(?:首|(?<!提)前|头|未来|过去|今后|此后)$")
PERIOD_UNITS = frozenset("个月 个季度 年 天 周 季度 轮 场 局 盘 站 届 期 赛季 个赛季".split())
# 提前一轮夺冠, 还剩一场, 推迟一天: a margin ahead or behind, or what is left of a season or a
# time, counted in rounds, games or units of time; there 一 is a count, not the article.
MARGIN_BEFORE = re.compile("(?:提前|推迟|延后|延迟|剩下?|剩余|少赛|多赛)了?$")
MARGIN_UNITS = frozenset("轮 场 天 周 年 个月 个星期 星期 小时 个小时 分钟 秒".split())
# 转 counts revolutions only where a speed of turning is told (转速达3000转, 每秒150转, 每分钟
# 三千转): elsewhere it begins a verb (以2000万转会, 三转一响).
ROTATION_UNITS = frozenset(("转",))
ROTATION_BEFORE = re.compile("转速|每分钟|每分|每秒|每小时")
# N字 before these names a motto or a primer (十六字方针, 三字经, 八字真言), no count of
# characters (全文1200字, 每篇约3500字).
MOTTO_AFTER = re.compile("方针|口诀|要诀|真言|箴言|格言|标语|工作法|总要求|要求|原则|方略|诀|经(?=[》」”’，。、；：！？\\s]|$)")
# 前8名, 前10位: the top places of a ranking, a band that defines a group (optional).
PLACE_UNITS = frozenset(("名", "位"))
# 排名上升一位, 前进了一名: places moved in a ranking, where 一 is a count, not the article.
PLACES_MOVED_BEFORE = re.compile("(?:上升|下降|提升|攀升|跃升|前进|后退|前移|后移|上移|下移|下滑|滑落|回落)了?$")

# Years, months and times are the claim's period, never the claim; 五年规划 and
# 三年行动计划 name a plan.
# 5年生存率, 30天再入院率, 3年复发率: a span that names a rate is part of its name.
SPAN_OF_A_RATE_UNITS = frozenset("年 个月 天 周".split())
RATE_OVER_A_SPAN = re.compile("[^，。；、,;0-9]{0,4}?率")
# 臭氧日最大8小时平均浓度, 10分钟平均风速: the window an average is taken over is part of
# the statistic's name, no span of time.
AVERAGING_WINDOW_UNITS = frozenset("小时 个小时 分钟 秒 天".split())
AVERAGING_WINDOW_AFTER = re.compile("(?:滑动)?平均(?:浓度|值|风速|风力|气温|温度|水位|流量|降水量?|降雨量?)")
# After a hedge a year is still a year (超过2013年创下的纪录): a span of a thousand years
# or more is told round (超过2000年的历史), so a year that is not, or that a month or 同期
# follows (超过2000年同期水平), is a date.
MONTH_AFTER_YEAR = re.compile("[0-9０-９一二三四五六七八九十]{1,2}月|同期")
# A year before these names a season or a class (2025赛季, 2024-2025赛季, 2025届毕业生),
# as before 年 a year.
SEASON_UNITS = frozenset(("赛季", "个赛季", "届"))
# 五十年一遇, 百年一遇: the class of a flood or a storm, like a magnitude label; 五年一贯制,
# 九年一贯制: a school system's name.
CLASS_AFTER_YEAR = re.compile("一遇|一贯")
# 12小时前, 三天前: a point in time counted back from now (as 30年前), no span of time;
# 3天前往 is a trip.
AGO_UNITS = frozenset("小时 个小时 分钟 天 周 星期 个星期 个月".split())
AGO = re.compile("前(?![往进来行])")
# A year counted in an era's calendar (民國105年, in the simplified view 民国): a date.
ERA_BEFORE = re.compile("民国$")
# 5年期以上贷款: a term's name; 九年义务教育, 三年制: a system's
TIME_AFTER_YEAR = set("前后来内底初末中间里度起规计行期以义制代")  # 三十年代: a decade


# --- the conflict finder's words --------------------------------------------------------

# Whose figure a claim is when it names a scope rather than an owner: the country's, the
# world's, or the paper's own place (全市 in a city daily is that city).
# 中国和越南的双边贸易额, 中美两国贸易额: two places' joint figure (linking.facts names the pair)
JOINT_OWNERS = re.compile("(?:和|与|同)(?P<second>[\u4e00-\u9fff]{2,3}?)(?:的|之间的?)?(?:双边|两国)")
NATIONAL_SCOPES = frozenset("全国 我国 国内 中国 全国各地".split())
GLOBAL_SCOPES = frozenset("全球 世界 国际 全世界".split())
LOCAL_SCOPES = frozenset("全市 我市 本市 全省 我省 本省 全区 我区 全县 全网 市内 省内".split())
# Words pointing back to an owner named before (其, 这家, and any opening with 该: 该公司,
# 该市): a clause with one names no owner of its own. (这 alone points at anything: 这5个病种.)
BACK_REFERENCES = frozenset({"其", "此", "上述", "当地", "本地", "前者", "后者", "这家", "这里"})
BACK_REFERENCE_LEADS = ("该",)

# The level a scope speaks at: a province's figure is not a city's, nor a city's a
# province's ("below" is a city, a county or a district, which 全市 may be of).
PROVINCE_LEVEL, BELOW_PROVINCE = "province", "below"
SCOPE_LEVELS = {"全省": PROVINCE_LEVEL, "我省": PROVINCE_LEVEL, "本省": PROVINCE_LEVEL, "省内": PROVINCE_LEVEL,
                "全市": BELOW_PROVINCE, "我市": BELOW_PROVINCE, "本市": BELOW_PROVINCE, "市内": BELOW_PROVINCE,
                "全区": BELOW_PROVINCE, "我区": BELOW_PROVINCE, "全县": BELOW_PROVINCE}
MUNICIPALITIES = frozenset("北京 天津 上海 重庆".split())  # a city that is a province too
PROVINCES = MUNICIPALITIES | frozenset(
    "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 "
    "陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())
PLACE_SUFFIXES = ("市", "县", "区", "州", "镇", "乡")

# Units of one dimension: a figure in one can be compared with a figure in another, and
# a mix-up between siblings is a named mistake (a rate written as points, 人 for 人次).
CURRENCIES = frozenset("元 美元 欧元 日元 英镑 港元 港币 澳元 韩元 卢布 人民币 新台币 块钱".split())
UNIT_DIMENSIONS = {
    "money": CURRENCIES,
    "rate": frozenset("% ％ 个百分点 百分点 倍 成".split()),
    # things counted: a measure word changed (150余人 for 150余家) is a slip to name
    # (not 个, which stands for any of them: 100余个平台 and 逾百家平台)
    "counts": frozenset("人 名 位 人次 户 家 条 项 件 款 台 辆 列 架次 艘 座 所 场 次 起 套 批 处".split()),
    # power and energy: 1.36亿千瓦 told as 1.36亿千瓦时
    "electricity": frozenset("千瓦 兆瓦 吉瓦 瓦 kW MW GW 千瓦时 兆瓦时 吉瓦时 太瓦时 度电 度 kWh MWh GWh TWh".split()),
    "length": frozenset("公里 千米 米 km m".split()),
    "durations": frozenset("秒 分钟 小时 个小时 天 日 周 个月 年".split()),
    "weight": frozenset("吨 千克 公斤 kg t 斤 克".split()),
    "area": frozenset("平方公里 平方千米 公顷 亩 平方米 平米 m² ㎡".split()),
}
# Units one converts into another (20吨 is 20000公斤, 15亩 one 公顷): each in its
# dimension's smallest common unit.
UNIT_FACTORS = {"吨": 1000, "t": 1000, "千克": 1, "公斤": 1, "kg": 1, "斤": 0.5, "克": 0.001,
                "公里": 1000, "千米": 1000, "km": 1000, "米": 1, "m": 1,
                "平方公里": 1e6, "平方千米": 1e6, "公顷": 1e4, "亩": 1e4 / 15,
                "平方米": 1, "平米": 1, "m²": 1, "㎡": 1}
# … and power and energy, each in its own units only (the finder's other checks keep 千瓦
# and 千瓦时 one dimension, to name the one told for the other): 120万千瓦 is 1200兆瓦
POWER_FACTORS = {"瓦": 1, "千瓦": 1e3, "kW": 1e3, "兆瓦": 1e6, "MW": 1e6, "吉瓦": 1e9, "GW": 1e9,
                 "马力": 735.49875}  # (the metric horsepower)
# (and food's: 650千卡 is 2720千焦; a 千瓦时 is 3.6兆焦)
ENERGY_FACTORS = {"千瓦时": 1, "度": 1, "度电": 1, "kWh": 1, "兆瓦时": 1e3, "MWh": 1e3, "吉瓦时": 1e6, "GWh": 1e6,
                  "太瓦时": 1e9, "TWh": 1e9,
                  "千焦": 1 / 3600, "兆焦": 1 / 3.6, "千卡": 4.184 / 3600, "大卡": 4.184 / 3600}
# … and units no dimension above holds, converted among their own or into its smallest
# common unit (3.2万立方米 is 3200万升, 98英寸 249厘米, 650千卡 2720千焦) but kept apart in
# blocks: rainfall in 毫米 is no road's length in 米
MORE_FACTORS = {"volume": {"立方米": 1, "千升": 1, "升": 1e-3, "公升": 1e-3, "毫升": 1e-6,
                           # (a bare 加仑, US or imperial, unsaid)
                           "美制加仑": 3.785411784e-3, "英制加仑": 4.54609e-3},
                "area": {"英亩": 4046.8564224, "平方英尺": 0.09290304, "平方呎": 0.09290304},
                "length": {"厘米": 0.01, "cm": 0.01, "毫米": 0.001, "mm": 0.001, "英寸": 0.0254, "吋": 0.0254,
                           "英尺": 0.3048, "呎": 0.3048, "英里": 1609.344, "海里": 1852, "公尺": 1,
                           "码": 0.9144, "里": 500, "丈": 10 / 3, "尺": 1 / 3},  # (a golf hole's yards; the 市制 里, 丈, 尺)
                # (not 盎司: gold's and silver's is the troy ounce, 31.1克, a food label's 28.35克)
                "weight": {"磅": 0.45359237, "毫克": 1e-6, "克拉": 2e-4},
                # (a phone bill's data: 1GB is 1024MB)
                "data": {"KB": 1 / 1024 ** 2, "MB": 1 / 1024, "GB": 1, "TB": 1024, "PB": 1024 ** 2},
                "pressure": {"帕": 1, "千帕": 1e3, "兆帕": 1e6, "kPa": 1e3, "MPa": 1e6,
                             "毫米汞柱": 133.322, "标准大气压": 101325, "个标准大气压": 101325, "大气压": 101325,
                             "个大气压": 101325,
                             "磅力每平方英寸": 6894.757, "psi": 6894.757}}
# … and units whose size the text says: gold's and silver's ounce is the troy ounce, a
# gallon the US one where 美制 is noted (2.4万加仑（美制）), oil's barrel 159 litres
TOLD_FACTORS = ((re.compile("黄金|白银|金价|银价|铂金|金条|金饰|金店|金衡|贵金属"), "盎司", ("weight", 31.1034768e-3)),
                (re.compile("美制"), "加仑", ("volume", 3.785411784e-3)),
                (re.compile("英制"), "加仑", ("volume", 4.54609e-3)),
                # (原油1260万桶: crude oil's barrel, 159升, not a bucket)
                (re.compile("原油|石油|油价|桶油|成品油"), "桶", ("volume", 0.158987294928)))
# … and a bare unit of two sizes, either of which may be meant: 18.6万加仑 is 70.4万 or 84.6万升
SIZES_EITHER = {"加仑": ("美制加仑", "英制加仑")}
CELSIUS = frozenset("℃ °C 摄氏度".split())  # 38℃，约合华氏100度: the scales a temperature is told on
_TEMPERATURE_CHANGES = "升温|降温"
TEMPERATURE_GAP = re.compile(f"温差|相差|升高|降低|高出|低了|偏高|偏低|{_TEMPERATURE_CHANGES}")  # … and a difference of two
# A figure told again in another unit: 18.6公顷，约合279亩; 120万千瓦，即1200兆瓦; 3万斤
# （1.5万公斤）. The words between the two, whole: a bracket or a word of converting.
_CONVERTING = "约合|折合|合|即|相当于|约等于|等于|换算成|换算为|换算过来是|也就是"
# (355千瓦时电能，折合1278兆焦: the figure's noun may stand before the comma)
CONVERSION_BETWEEN = re.compile(f"(?:[（(][\u4e00-\u9fff]{{1,8}}[）)])?(?:[\u4e00-\u9fff]{{0,6}}[，,])?\\s*(?:[（(]\\s*(?:{_CONVERTING})?|(?:{_CONVERTING}))\\s*(?:约|近|超过?|逾)?"
                                "(?:华氏|摄氏)?")  # (38℃，约合华氏100度: the scale before the figure; 2.4万加仑（美制），约合, 35psi（磅力每平方英寸），约合: a note first)
# … and into another unit, after 即, a few words of the converted figure's own (即每天可“吃掉”
# 7.46万公斤), naming no other whole with 的, nor a gap (即比标准高出)
CONVERTED_WITH_WORDS = re.compile("[，,]?(?:即|也就是)[^，。；;,0-9的比较多少高低增减超差占剩余共合]{1,8}?(?:约|近|超过?|逾)?")
CONVERTING_BEFORE = re.compile(f"(?:{_CONVERTING})(?:约|近)?$")  # 按斤计，折合6.85元/斤
CONVERTED_ROUGHLY = re.compile("[，,]约?")
# 98英寸电视，屏幕对角线长约249厘米; 1.5克拉的钻石…，其重量折合0.3克: the measure named again
MEASURE_TOLD_AGAIN = re.compile("[^，。；;,0-9]{0,10}[，,](?:其|屏幕)?(?:重量|对角线长?|长度|面积)"
                                f"(?:{_CONVERTING}|为|约为|是)?(?:约|近)?")
# 每公斤A，折合每斤B; 航速7节，相当于每小时航行B (a motion's verb after its time)
_PER_MEASURE = "每(?P<per>[\u4e00-\u9fff]{1,3}?)"
PER_MEASURE_TOLD = re.compile(f"[，,（(]?\\s*(?:{_CONVERTING})\\s*{_PER_MEASURE}"
                              "(?:行驶|航行|飞行|运行|前进)?(?:约|近)?")
# 苹果 23.80元⏎…⏎合计：73.20元: a slip's total line, what sums the item lines above it (not
# 实收, the cash handed over, nor a line of a cut, a credit or a price per one)
LINE_TOTAL_WORDS = re.compile("合计|总计|小计|共计|汇总|应收|应付|总额|总价|总金额")
LINE_TOTAL = re.compile(f"[^\\n0-9]{{0,8}}?(?:{LINE_TOTAL_WORDS.pattern})(?:金额)?[：:\\s]*(?:人民币|¥|￥)?")
NOT_SUMMED_LINE = re.compile("优惠|折扣|[一二三四五六七八九]折|抵扣|抵用|减免|退|找零|押金|定金|已付|预付|单价|每|[/／]|[×xX*＊]")
# 每平方米造价A, 每小时工资A: a clause opening on what a price is per, the price named
PER_MEASURE_NAMED = re.compile(f"{_PER_MEASURE}(?:造价|单价|价格|售价|费用|成本|工资|报酬|稿酬|租金|收费)(?:约|为|是)?")
RATES_PER_MEASURE = {"时薪": "小时", "日薪": "天", "千字稿酬": "千字"}  # pay named per its measure
# 共2.6公斤，卖了187.2元，每公斤72元: a clause of a price alone, right after the sum paid
PER_MEASURE_BARE = re.compile(f"[，,]{_PER_MEASURE}(?:约|近)?")
CONVERTED_TOLD = re.compile(f"[，,（(]?\\s*(?:{_CONVERTING})\\s*(?:约|近)?")  # 航速16节，即B公里/小时
PER_WRITTEN_AFTER = re.compile("[/／](?P<per>[\u4e00-\u9fff]{1,3})")  # 2386美元/盎司: the measure a price is per, after it
FOREIGN_CURRENCIES = CURRENCIES - {"元", "人民币", "块钱"}
_FOREIGN = "|".join(sorted(FOREIGN_CURRENCIES, key=lambda c: (-len(c), c)))  # (one spelling in every process)
# 1美元兑7.18元人民币, 100日元=4.85元, 现汇卖出价7.1812: so many yuan for so many of a foreign
# currency (a bare rate, quoted the Chinese way, is for one, or a hundred of 日元 and 韩元, of the
# currency named before it if one is: 人民币对美元中间价7.1030)
EXCHANGE_RATE_TOLD = re.compile(
    f"(?<![0-9.])(?P<one>[0-9]+)(?P<currency>{_FOREIGN})(?:兑换?|=|＝|约合|折合|合)(?:人民币)?(?P<rate>[0-9]+(?:\\.[0-9]+)?)元"
    f"|(?:(?P<named>{_FOREIGN})[^，。；,;0-9]{{0,6}}?)?(?:汇率|买入价|卖出价|中间价|牌价|兑换价|结汇价|购汇价|汇价)"
    "(?:为|是|按)?[：:]?\\s*(?P<bare>[0-9]+\\.[0-9]{2,})(?![0-9%％元])")
QUOTED_PER_HUNDRED = frozenset(("日元", "韩元"))
# A name in quotes with a figure in it (知晓“15分钟便民生活圈”政策的) is one word: its
# figure counts nothing, and its length hides no words before it
QUOTED_FIGURE = re.compile("“[^”\n]{0,24}[0-9０-９][^”\n]{0,24}”|「[^」\n]{0,24}[0-9０-９][^」\n]{0,24}」")
# 3000美元，…，折合人民币21543.60元: a sum told again in another currency
IN_ANOTHER_CURRENCY = re.compile(f"(?:{_CONVERTING}|兑换成?|兑得|可兑)(?:人民币)?(?:约|近)?$")
PER_MONTH_TOLD = re.compile(f"[，,]?\\s*(?:{_CONVERTING})每个?月(?:约|近)?")  # 年收入A，折合每月约B
A_YEAR_OF = re.compile("年(?:收入|薪|工资|均|租金|费用|支出|利润|营收)|全年|一年")
# One unit written two ways: 8500名 and 8500人 are one figure.
UNIT_SPELLINGS = (frozenset("人 名 位".split()), frozenset("天 日".split()), frozenset("小时 个小时".split()),
                  frozenset("公里 千米 km".split()), frozenset("公斤 千克 kg".split()),
                  frozenset("% ％".split()), frozenset("平方米 平米 m² ㎡".split()),
                  frozenset("节 堂".split()))  # (团课36节，其中动感单车12堂: lessons either way)
# Measure words that count one thing: 个 stands for most (230家 and 230个 企业, 5项 and
# 5个 项目); 场 for an event's 项 or 次 (五场专题对接, 5项). Told one for another, the
# figure is the same (150余家 and 150余人 count other things).
GENERAL_COUNTER = "个"  # counts anything: the noun before or after it says what
GENERAL_COUNTED = frozenset("家 项 座 所 支 款 处 台 套 件 只 间 栋 部 辆 艘 架".split())
EVENT_COUNTERS = {frozenset(("场", "项")), frozenset(("场", "次")), frozenset(("场", "期"))}
# Sibling units that are not interchangeable: telling one as the other is the mistake.
SIBLING_UNITS = {frozenset(("%", "个百分点")): "percent_vs_points",
                 frozenset(("％", "个百分点")): "percent_vs_points",
                 frozenset(("%", "百分点")): "percent_vs_points",
                 frozenset(("人", "人次")): "person_vs_times",
                 frozenset(("名", "人次")): "person_vs_times",
                 frozenset(("位", "人次")): "person_vs_times",
                 frozenset(("户", "人")): "household_vs_person"}
NOT_ADDITIVE_UNITS = frozenset("岁 周岁 毫米 厘米 摄氏度 ℃ °C 度 小时 分钟 秒 天 年 个月 分 点".split())
# … but a score's points add up to the full marks its sentence names (满分100分：A30分，B25分…)
FULL_MARKS = re.compile("满分|总分")
POINTS_UNIT = "分"
# a maximum, an average or a rate counts nothing; a group past a threshold (60岁以上的1300人)
# is a count, with a share of its own, but such groups overlap: no part of a sum
NOT_COUNTED_BEFORE = "最高|最低|最大|最多|最少|平均|人均|均|峰值|每"
NOT_A_PART_BEFORE = re.compile(f"{NOT_COUNTED_BEFORE}|以上|超过|不足|低于|高于|顺差|逆差|差额")  # (a balance is no part)
NOT_A_SHARED_PART_BEFORE = re.compile(NOT_COUNTED_BEFORE)

# Metric names that mean one thing; the first is the one kept.
METRIC_SYNONYMS = (("地区生产总值", "GDP"), ("国内生产总值", "GDP"), ("生产总值", "GDP"),
                   ("经济增速", "GDP增速"), ("进出口总值", "外贸总额"), ("进出口总额", "外贸总额"),
                   ("外贸进出口", "外贸总额"), ("社会消费品零售总额", "社零总额"),
                   ("营业收入", "营收"), ("营业总收入", "营收"), ("净利润", "利润"),
                   ("规模以上", "规上"), ("节省", "节约"), ("参加", "参与"), ("举办", "举行"))

# Words that introduce a figure (达, 同比增长 …) and say nothing of what it measures.
FIGURE_LEAD = re.compile(r"(?:达到|达|为|是|约|共|仅|已|将|同比|环比|了|的|在|至|到|超过|超|近|逾)+$")

# Which way a change goes, by the nearest word before it.
# 偏多 and 偏少 compare with the usual (较常年偏多三成); 降雨, 降水 and 降雪 are no fall.
# a table's total row (合计｜640454), the columns it sums (not 增速, 单价 or a rank), the
# rule under a Markdown header, and a row that is a part of the row above (其中：出口)
TABLE_TOTAL_ROW = re.compile(r"(?:全[市省区县国])?(?:合\s*计|总\s*计|总和|总数)")
NOT_SUMMED_COLUMN = re.compile("增速|增长|增幅|同比|环比|率|比例|均|单价|价格|指数|排名|位次")
TABLE_RULE_ROW = re.compile(r"[\s|｜:：\-—]*")
TABLE_CELL = re.compile("[｜|]")  # what parts a table row's cells
TABLE_CELL_TABBED = re.compile("[｜|\t]")  # … or a tab, as a spreadsheet pasted into the text parts them
PART_ROW = re.compile("其中|[-—·]")
BOTH_WAYS = re.compile("涨跌|增减|升降")  # 累计涨跌幅-13.26%: the sign says which way
# (比去年的22元低18.2%, 比…少一成: 高, 低, 多 and 少 right before the figure say which way
# it went, but not 至少/最多/不少; nor, before a verb, 许多, 很多, 好多, 大多)
_NOT_BY_HOW_MUCH = "(?<![至最不许很好大])"
# 塔楼主体高328米, 坝顶长1200米: a measure told by its adjective alone is a level, unless its
# clause compares (比去年高0.5米, 较上年低)
MEASURE_ADJECTIVE_LEAD = re.compile("(?<![提升增抬拔调偏较更加拓放延缩变降减])[高低长宽深重](?:约|近|达)?$")
COMPARED_IN_CLAUSE = re.compile("比|较|于|同比|环比")
RISE_WORDS = re.compile("增长|增加|提高|提升|上升|上涨|上扬|拉升|抬升|拉高|拔高|抬高|攀升|跃升|走高|回升|上调|调高|调增|上浮|扩容|升值|溢价|反升|反增|反涨|增|涨|扩大|加快|偏多|偏高|多出|高出|高了|高(?=[约近超逾]?$)"
                        "|(?<![至最不])多(?=了?[约近超逾]?$)|[长宽深厚重大](?=了[约近超逾]?$)"
                        "|上行(?=了?[约近超逾]?$)|(?<![增追])加(?=了)")  # (由A变为B，短了X%; 较上期上行1.23%; 加了8个百分点)
# a saving is a fall of what it saves on (节省约45%, 节约22.5%), though no change word
# (节约时间 names what is saved: its metric keeps the word)
SAVING_WORDS = re.compile("节省|节约")
FALL_WORDS = re.compile("下降|降低|减少|下滑|下跌|下挫|走低|滑落|回落|缩小|缩短|收窄|下调|调低|调减|压减|压降|压缩|削减|核减|缩减|砍掉|砍去|减掉|跳水|下浮|下探|贬值|失重|反降|反减|反跌|下行(?=了?[约近超逾]?$)|降(?![雨水雪])|减|跌|偏少|偏低|低了"
                        "|低(?=[约近超逾]?$)|(?<![至最不])少(?=了?[约近超逾]?$)|[短矮轻小窄浅薄](?=了[约近超逾]?$)")  # 比…低了约四成

# A sentence opening with these names its topic first (围绕西部陆海新通道，重庆…): the
# subject follows the clause.
TOPIC_OPENERS = re.compile("作为|围绕|依托|借助|通过|面向|聚焦|立足|基于|按照|根据|随着|针对|对标|沿着|对接")

# Where something comes from (来自广东、浙江等省市的项目): a place, but not the figure's owner.
ORIGIN_PHRASE = re.compile("(?:来自|源自|产自)[^，。；;,的]{1,24}的")
# A fraction told as one in N (每4台笔记本就有1台): as exact as 四分之一.
ONE_IN = re.compile("每.+有")
# …and what it counts is what it measures: 每4台笔记本就有1台 is of 笔记本 (a measure word,
# then the noun, then 中 or 里 maybe)
ONE_IN_NOUN = re.compile("每[0-9０-９零一二三四五六七八九十百千两]+.(?P<noun>[^，,0-9０-９]{1,8}?)"
                         "(?:中|里|当中)?[，,]?(?:就|才|便)?(?:有|是)")
# A time told before the subject (2024年重庆…, 今年一季度，全市…) is not who.
LEADING_TIME = re.compile(r"^(?:[0-9０-９]{4}年|[今去前]年)(?:[0-9]{1,2}(?:至[0-9]{1,2})?月(?:[0-9]{1,2}日)?"
                          r"|[一二三四]季度|[上下]半年|前三季度)?[，,]?")
# A firm named by its trade's suffix though no dictionary knows it (a bank's short name, 某农商行,
# 某证券): an owner; not a kind of firm (商业银行, 各银行, 中小银行)
FIRM_SUFFIX = re.compile("(?:农商行|商行|银行|证券|保险|信托)$")
FIRM_NAME = re.compile("(?P<name>[\u4e00-\u9fff]{1,2}(?:农商行|银行|证券|保险|信托)|[\u4e00-\u9fff]{1,2}商行)")
NOT_A_FIRM = re.compile("^(?:全|本|各|该|其|此|国有|大型|中小|商业|民营|外资|地方|城市|农村|政策性|股份制|上市|多家|几家|两家|[0-9一二三四五六七八九十]+家)")
# 渝农商行、沪农商行总市值分别为A和B: owners listed, then each one's figure in turn
OWNERS_EACH = re.compile("(?P<owners>(?:[\u4e00-\u9fff]{2,8}[、和与及])+[\u4e00-\u9fff]{2,8}?)[^，,。；;、0-9]{0,10}?分别(?:为|是|以|达到?|实现|增长|下降)?")
LIST_MARKS = re.compile("[、和与及]")
# Who reports a figure is not whose it is: 据海关统计，重庆…; 国家统计局数据显示，….
SOURCE_PHRASE = re.compile("^(?:据[^，。；;,]{1,16}?(?:统计|显示|介绍|报道|消息|测算|监测|了解|核算)"
                           "|[^，。；;,]{1,12}?(?:数据|统计|监测)显示)[，,]?")
# Partners named first, the subject left out (与四川、陕西等省区共建…): places, but not
# the figure's owner.
PARTNER_PHRASE = re.compile("^(?:与|同|跟|联合)[^，。；;,]{1,24}?(?:等|一道|一起|共同|联合|合作|携手)")

# Relative years and editions, resolved against the article's own.
# Parts of a year by the months they span (a quarter's and a range's are worked out).
YEAR_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "全年": (1, 12)}
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1,
                  "后年": 2}
THAT_YEAR = ("当年",)  # a year told before it in the text, else the article's
# A sentence of the future: a year ahead, 届时 (then), 将 (will; not 将近)
FUTURE_WORDS = re.compile("|".join([*(w for w, shift in RELATIVE_YEARS.items() if shift > 0), "届时", "将(?!近)"]))
RELATIVE_EDITIONS = {"本届": 0, "本次": 0, "此次": 0, "这届": 0, "上届": -1, "上一届": -1, "下届": 1, "下一届": 1}
# A year after these is a target, not the year the text is written in.
# 明年第九届西洽会, 将于下月举办的第九届: an edition still to come
COMING_BEFORE = re.compile("明年|下届|下一届|即将|将于|将在|预计|计划于")
TARGET_BEFORE = re.compile("(?:到|至|力争|预计|计划|目标|争取|有望|将于|将在|规划[，,：:]?)$")  # (按…规划，2027年…)
# … or in its clause after it (2027年产业规模要超7000亿元; not 2024年即将过去, 工作要点, 将近)
TARGET_AFTER = re.compile("(?<!即)将(?![近军])|要(?=[超达突破实现完成建成])|力争|预计|有望|目标[是为]")
# After a duration: a pace (5分05秒/公里); after points: another count (34分11个篮板)
PACE_AFTER = re.compile("/(公里|千米|km|百米)")
COUNT_AFTER_POINTS = re.compile("[0-9０-９]+(?:个|次|记|助攻|篮板)")
# A figure near these is a goal or a forecast, not an outcome.
COUNTED_SET = "的有"  # 计划…的有176家: the words before it name the set counted
# (可达, as 将达, a forecast or a capacity; not 超预期 nor 预期寿命, a metric; 增速定在6%左右
# sets a goal, 稳定在95% tells an outcome; 目标人群 is whom a service is for, no goal)
TARGET_WORDS = re.compile("目标(?!人群|群体|客户|用户|对象|受众|市场)|(?<![超于及])预期(?!寿命)|预计|力争|计划|争取|有望|[将可]达|(?<![稳锁固确])定在")
# 力争到2027年把…提高到25%以上，…保持在七成左右: a goal by a year, over its sentence's figures of that year
GOAL_BY_YEAR = re.compile(f"(?:{TARGET_WORDS.pattern})(?:在|于|要|将)?(?:到|至)(?P<year>(?:19|20)[0-9]{{2}})年")
# An answer line (答案：2251.5亿元) and the blank of the question it fills (…总值达＿＿，…)
# 【画外音】, 【同期声】: a broadcast script's speaker mark, read past as a sentence's opening
SCRIPT_MARK_END = re.compile("[【\\[][^】\\]]{1,6}[】\\]]$")
ANSWER_LABEL = re.compile(r"[ \t\u3000]*[【\[]?(?:参考)?(?:答案|答)(?:[】\]][：:]?|[：:])[ \t\u3000]*")
ANSWER_LINE = re.compile(rf"(?m)^{ANSWER_LABEL.pattern}.*$")
BLANK = re.compile(r"[＿_]{2,}|[（(][ \t\u3000]*[）)]")
# A sum worked out in bare numbers (解：1572.8＋752.8＝), each an operand
OPERAND = re.compile(r"[0-9]+(?:\.[0-9]+)?")
WORKED_SUM = re.compile(rf"(?<![0-9.]){OPERAND.pattern}(?:[ \t]*[+＋][ \t]*{OPERAND.pattern})+(?![0-9.%％万亿])")
# Arithmetic written out (32.5%−28.1%=3.4个百分点): its = sign, the expression right before
# it, and what before an expression says it was cut mid-figure (12.8万−3.2=)
EQUALS = re.compile("[=＝≈]")
# 960人×1500元，计144万元: two figures multiplied, with their units, and what they make
TIMES = re.compile("[ \t]*[×xX*＊][ \t]*")  # (86.5平方米 × 32元/平方米 ＝ T: a quote's spaced working)
PRODUCT_MADE = re.compile("[ \t]*(?:[，,：:]?(?:计|共计?|合计|总计|小计|共需|折合|[=＝])(?:为|约)?"
                          # (草鱼 2.6公斤 × 13.80元/公斤⏎金额：T: a slip's line of what it comes to)
                          "|\n[^\n：:0-9]{0,6}(?:金额|费用?|价款|货款|小计|合计)[：:])[ \t]*")
EXPRESSION = re.compile(r"[（(]*[0-9][0-9.%％+＋\-−－×*÷/()（） \t]*$")
EXPRESSION_CUT = re.compile(r"[0-9.万亿千百%％+＋\-−－×*÷/]")
PERCENT_LIKE = re.compile("[%％]|百分点")
RATE_WORDS = re.compile("[%％‰成倍]|百分点")  # a rate's, in its text: its rounding is its place (约三成)
# A share whose clause opens with 占 (约占七成, 占比逾八成) is of the figure before it: a goal
# word there (有26家计划扩大投资，占比…) says what that figure counts, not that the share is a goal
# 3亩5分, 2斤3两: a measure with its next smaller one right after it, told as one amount
SMALLER_MEASURE = {"亩": "分", "斤": "两", "两": "钱", "元": "角", "角": "分", "丈": "尺", "尺": "寸"}
SUBJECT_STRESSED = re.compile("(?<=[\u4e00-\u9fff])(?:一[项人家个]|单项)?(?:就|便|也|则)$")  # 兴趣班一项就占: the subject 兴趣班
# 花掉了开支的38.7%, 独揽全队得分的: verbs that take a share of a whole, as 占 does
SHARE_TAKEN = re.compile("(?:拿走|拿下|独揽|吃掉|花掉|用去|用掉|占去|占用|贡献)了?(?=[^，,。；;0-9]{1,12}的$)")
BARE_SHARE = re.compile("(?:约|近|超|逾|仅|只)?占")
# A goal to hold a level (稳定在, 保持) may be met year after year by the same figure.
HOLD_WORDS = re.compile("稳定在|稳在|保持|稳住|不低于|守住")
# An outcome said to be reached already (已迈上, 如今已超): not a goal's figure.
REACHED_WORDS = re.compile("已|如今|实现了|达到了|完成了")
# A year's additions, not a stock: 新增企业11家 against 企业46家
_ARRIVALS = "新落户|新入驻|新落地|新注册"
FLOW_WORDS = re.compile(f"新增|新建|新开|新设|新登记|新注册|新认定|新培育|新引进|新招|{_ARRIVALS}")
# … told after the figure too, an arrival (又有325家世界500强新落户重庆)
FLOW_AFTER = re.compile(_ARRIVALS)
STOCK_AT_END = re.compile("年末|年底|月末|月底|季末|期末")  # 上年末全市绿道为: what stood then, no year's additions
# … and a whole standing so far, which no one period's additions make, in the figure's own
# clause (已累计开通航线116条, 拥有8500名员工; not a sum, 合计, of what may be additions) or
# opening its sentence (截至目前，325家…)
STOCK_WORDS = re.compile("累计|拥有|共有|现有|已有|总数|总量")
HELD_BEFORE = re.compile("(?:拥有|共有|现有|设有|建有|配有)[\u4e00-\u9fff]{0,4}$")  # 共有客房156间: a stock held
STOCK_OPENER = re.compile("截至|截止")
# Words the dictionary knows as places that news uses otherwise: verbs (新建, 云集), kinds
# of place (新区, 城镇): 城镇调查失业率 is a metric, not an owner
NOT_OWNERS = frozenset(("新建", "云集", "新区", "新城", "城镇", "农村", "城乡", "惠及", "陆海", "城市"))
# Arithmetic cues: a level grown from an earlier one, a total, a share of it.
GROWTH_FROM = re.compile(r"(?:从|由)[^，。；,;从由]{0,8}$")  # 由两年前的5000名, 由2024年的: a time may come between
GROWTH_TO = re.compile(r"^[^，。；]{0,6}?(?:增长|增加|提高|上升|提升|扩大|增)(?:了)?(?:到|至)|^[^，。；]{0,4}?(?:到|至)")
PREVIOUS_LEVEL = re.compile(r"(?:比|较)(?:(?:上年|去年|20[0-9]{2}年)(?:末|底|初)?|(?:上年|去年)同[期月]"
                            r"|上月|上周|上季度|(?:上|前)一个?[^，。；、的0-9]{1,4}|[^，。；;、的0-9]{1,6})?"
                            r"(?:的|同期的|[（(])$")  # 比上年末的30.1%, 较上一交易日的, 比今年预算的: the level before
# A change by an amount, no part of a total (放量1100亿元, 比上年增加12个, 比春蚕多410吨, 可省20元);
# 新增 lists parts.
CHANGE_BY_BEFORE = re.compile("(?:增加|减少|放量|缩量|多出|少了|净增|净减|多增|少增|节省|节约|省下|可省|便宜"
                              "|比(?![较例重])[^，,。；;]{1,12}?[多少])了?$")
# A stock at a period's opening, its flows and its close (linking.stocks): 年初…，当年新增…，
# 撤并…，年末达到…
# A bill read the same way: 应付A，优惠B，实付C (what is due, what is taken off, what is paid)
STOCK_OPENING = re.compile("(?:年初|期初|月初|上年末|去年底|上年底|应付|应收|应缴|应发)[^，。；,;0-9]{0,12}$")
STOCK_ADDED = re.compile("(?:新增|增加|新建|新开|新设|新办|新登记|新发放?|新核发|新注册|补充|转入|调入|新招|迁入|流入|出生)[^，。；,;0-9]{0,8}$")
STOCK_TAKEN = re.compile("(?:撤并|撤销|减少|注销|关闭|关停|退出|淘汰|拆除|转出|调出|报废|流失|死亡|离职|迁出|流出|吊销"
                         "|优惠|减免|抵扣|扣除|扣款|代扣)[^，。；,;0-9]{0,8}$")
# 新设A，注销B，净增C: the net of the flows told before it (净减: the other way); births and
# deaths make a population's 自然增长, arrivals and departures its 机械增长
STOCK_NET = re.compile("(?:净|自然|机械)(?:(?P<fall>减少?|下降|流出|迁出)|增长?|增加|流入|迁入)[^，。；,;0-9]{0,4}$")
STOCK_CLOSING = re.compile("(?:年末|期末|月末|年底|月底|目前|现有|实付|实收|实缴|实发)[^，。；,;0-9]{0,12}$")
PER_BASE_AMOUNT = re.compile("每(?P<base>[0-9]+)(?P<unit>克|千克|公斤|毫升|升)(?:[\u4e00-\u9fff]{0,3}?)(?:含有?|提供)?[\u4e00-\u9fff]{0,4}$")  # 每100克含热量498千卡
EXTRA_CHARGE = re.compile("另收|另加|加收|附加费")  # 另收燃油附加费1元: a flat charge on top of a fare
CHAINED_RATE = re.compile("环比")  # 分别环比下降A和B: each on the period before, so they compound
RUNNING_TOTAL = re.compile("累计")  # 每次18人，累计72人次: what so many of them made together
# … and after items told one by one (分别为A、B和C，一季度共接待T), 共 too
# 一局90分钟, 全程3小时: a time told whole, which its rounds share out
WHOLE_TIME_LEAD = re.compile("^\\s*(?:[0-9]{1,2}[.．、]\\s*)?(?:一|整|全)[\u4e00-\u9fff]$|总(?:时长|用时|耗时)|工时$")  # (3．一局: a numbered rule's; 加班工时: all hours worked)
# 分别为174次、183次和198次，平均每人185次: the mean told right after a list (not 前三名平均,
# of a count of its own)
AVERAGE_AFTER_LIST = re.compile("[）)]?[，,](?:[^，,。；;0-9一二两三四五六七八九十百]{0,4}?)"
                                "(?:平均(?:每[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,3}?)?|[人场户日月次家]均(?:每[\u4e00-\u9fff]{1,2})?|均值为?)"
                                "(?:为|是|约|达)?")  # (平均身高; but 场均黄牌 of one item, 黄牌A、红牌B)
# 冼琬191厘米、钭瑛206厘米; 林一帆（29岁）、许曼（24岁）: a list's items each named before its figure
NAMED_LIST_JOIN = re.compile("[）)]?、[^、，,。；;：:0-9（()）]{1,4}[（(]?")
# 一年就能巡河104次, 全年可节约…: a whole span's total of an act done so much each
WHOLE_SPAN_DONE = re.compile("(?:一年|全年|一个月|全月|一周|全周|一天|全天|全程)(?:下来)?(?:就|便)?(?:能|可|可以|共|累计)?"
                             "(?P<act>[\u4e00-\u9fff]{1,4}?)了?$")
EACH_SUMMED = re.compile(f"{RUNNING_TOTAL.pattern}|(?<![公总])共(?![同享建赢有])")
SUM_BEFORE = re.compile("合计|合共|共计|总计|小计|总和|汇总|通计|加起来|加在一起|合起来|算下来|总共|总重量?|总面积|总里程|总长度|总用时|总耗时|总时长|(?<!占)总[\u4e00-\u9fff]{1,3}量(?!的)|(?<=[，,])全程|(?<=[，,])全场(?:共|得|为)?$|一并(?:算|计)|总分|总成绩|综合得分|总得分|满分(?!均)|总人数|(?<!统)一共(?![同享建赢有])|(?:^|[，,]|[0-9][^，。；,;0-9]{0,2})一?共(?![同享建赢有计])")  # not 公共  # 分别为A、B和C，合计T
# …，自评总分T; …，全年合计T: a sum word closing a few words of whose sum it is, right after a list
# (…行政案件212件，合计受理各类案件T, 全区税收收入共计T; steps' minutes, 总用时T; not 总数, a stock: 注销42条，年末总数T;
# nor a sum naming its own items, 票款与补贴合计T, nor part of a 其中)
SUM_NAMED_AFTER = re.compile("[，,](?![^，,]*(?:其中|与|(?<!总)和|及))(?:[\u4e00-\u9fff]{0,8}?(?:合计|合共|小计|共计|总计|总和|汇总|通计|加在一起|合起来|总分|综合得分|总得分|算下来|一共(?![同享建赢有])|总共|总用时|总耗时|总时长|(?<!占)总[\u4e00-\u9fff]{1,3}量(?!的))|共(?![同享建赢有])(?P<bare>[\u4e00-\u9fff]{0,6}))"
                             "[\u4e00-\u9fff]{0,6}?(?:为|是|达到?)?")
# 男子组23支、女子组12支队伍报名参赛，总计T: the list's noun and verb, then a clause its sum opens
SUM_OPENS_NEXT = re.compile("[\u4e00-\u9fff]{1,8}[，,](?:合计|共计|总计|总共|一共)(?:为|是|达到?|有)?")
# …党员9人、群众5人，全队14人: a small body named whole right after its members listed sums them
WHOLE_OF_BOTH = re.compile("[，,](?P<name>[\u4e00-\u9fff]{3,4})总(?:额|值|量|数|计)(?:为|是|达到?|约)?")  # 进出口总额
WHOLE_BODY_AFTER = re.compile("[，,]全(?:队|组|班|团|连|排|站|所)(?:共有?|有|为|是)?")
# 上述四类项目合计总投资约1500亿元, 两方合计94家: a total of every figure of its unit just listed
# (三天一共, 两年累计: so many days or years told one by one, in words; not 截至3日 or 近三年,
# a span whose years need not all be told)
_SUM_SPOKEN = "加起来|加在一起|合起来"  # 两样加起来: a sum told as one speaks
_SUM_VERBS = f"合计|共计|总计|累计|一共|(?<!占)总[\u4e00-\u9fff]{{1,3}}量(?!的)|{_SUM_SPOKEN}"  # 三类合计, 三天总降水量, 三年累计: what a count of summed items closes with
OWNERS_COUNTED = re.compile("[0-9一二三四五六七八九十两]+[地国省市区县方]")  # 两地…合计: a sum over owners, each of several parts
RECAP_BEFORE = re.compile("(?:(?:上述|以上|前述)[^，。；;]{0,12}|(?<![近前去截至])(?P<span>[一二三四五六七八九十两]+)"
                          "(?P<time>天|周|个月|年)|(?P<count>[一二三四五六七八九十两0-9]+)"
                          "(?:类|大类|项|样|种|个(?P<noun>[^，。；;、0-9]{1,4})|方|地|者|国|省|市|区|县|期|笔|批)"
                          f"[^，。；;]{{0,6}}?[，,]?)(?:{_SUM_VERBS})[^，。；;0-9]{{0,8}}$")  # (前两期款项，共计T)
# 三年累计, 三个奖级中奖注数总和: the count of a sum's items (of as many as it follows)
SUM_AFTER_COUNT = re.compile(f"[^，。；;0-9]{{0,8}}?(?:{_SUM_VERBS}|总和)")
# 两类合计, 上述三项共计: a figure summing those told before it (their words, #: masked numbers)
SUMMED_TAIL = re.compile("(?:[#一二三四五六七八九十两]+(?:类|项|样|种|个方面|地|方|者)|上述|以上|两者|二者)"
                         f"[^，。；,;]{{0,6}}(?:合计|共计|总计|{_SUM_SPOKEN})[^，。；,;#]{{0,4}}$")
# 占全市开行的40%: the whole a share is of, named
# (占总投资约四成: no 的 either, unless the words end as a ratio's name, 占GDP比重为)
WHOLE_OF_SHARE = re.compile("占(?P<whole>[^，。；;的0-9]{2,10}?)(?:的|(?<![为是达到重例额率])|的?(?:比重|比例)(?:为|是|达到?)?[：:]?)$")
# 首年产值28.8亿元，为设计产值的80%: the part right before, its whole named
WHOLE_NAMED_AS = re.compile("[，,](?:约|仅|只)?(?:为|是|相当于)(?P<whole>[^，。；;的0-9]{2,10}?)的$")
# 共举办各类演出168场, 总产值, 全年合计: a figure its words tell as a whole of its kind
WHOLE_TOLD = re.compile("共|总|全部|所有|合计|累计|各类|全年")
AMONG_GROUP_BEFORE = re.compile("(?P<group>[\u4e00-\u9fff]{2,6})中[，,][^，,。；;0-9]*$")
SCOPE_PREFIX = re.compile("^(?:全部|所有|全|总|本单|本表|全单)")  # 全部国际航线: 国际航线, the whole's name
WHOLE_OF_ACT = re.compile("(?:^|[，,])(?P<act>[\u4e00-\u9fff]{2,4}?)(?:总额|总量|总金额)(?:为|是|达|约)?$")  # 补贴总额
WHOLE_SUFFIX = re.compile("(?:总数|总额|总量|总和|总计|合计|总|人数)$")  # 项目总数: 项目; 参加人数: 参加
# 限值0.2毫克/升，超标0.3倍: a limit named, and a multiple of it over (linking.limits)
LIMIT_NAMED = re.compile("限值|标准值?|限量|上限|阈值|最高允许")
OVER_LIMIT_BEFORE = re.compile("超标了?$")
SUM_OF_NAMED = re.compile("(?P<name>[^，。；;的0-9]{2,10}?)(?:之和|总和)")  # 占所购家电成交价之和的: the sum of those so labelled
TOTAL_LABEL = re.compile("合计|总计|共计")  # 占本单合计的: a form's own total line
MEASURE_SUFFIX = re.compile("[额数]$")  # 订单额, 进球数: what is measured is the 订单, the 进球
# After a stated growth, the outer hedges that make it a floor (翻了一番还多, 增长一倍以上)
MORE_AFTER = re.compile("还?(?:" + "|".join(sorted((w for w, q in OUTER_HEDGES.items() if q == "over"),
                                               key=len, reverse=True)) + ")|不止")
# Before 占, the words that leave the clause the part's own (约占四分之一, 仅占3%)
HEDGE_WORDS = re.compile("|".join(sorted(PREFIX_HEDGES, key=len, reverse=True)) + "|仅|已|共")
# 完成计划160公里的116.3%: a figure right before 的N% is that percentage's whole, no part
# 成本53元，仅为传统方法216元的四分之一; 22.4千瓦时，仅为普通住宅（113.3千瓦时）的20%: a level
# told as a share of another named after 为, 是 or 相当于, the share right after that one's 的
LEVEL_AS_SHARE = re.compile("[，,]?(?:仅|只|约|大约|还不到|不到)?(?:为|是|相当于)[^，。；;0-9]{0,14}[（(]?")
OF_THIS_LEVEL = re.compile("[）)]?的(?:约|近|仅|不到)?")
SHARE_WRITTEN = re.compile("[%％]|分之|成")
PERCENT_OF_AFTER = re.compile(r"的(?:[0-9０-９.．]+[%％]|百分之)")
LIMIT_AFTER = re.compile("的?(?:规定|法定|警戒|控制)?(?:上限|下限|红线|警戒线|标准)")  # 10%的规定上限
# 共收到留言210条：…, 捡了86袋垃圾：…: a colon right after a total, or after its noun
COLON_AFTER = re.compile("[\u4e00-\u9fff]{0,4}[：:]")
# 共36人登台（男声14人、女声12人…）: a bracket right after a total (or its verb) listing its parts
PARTS_IN_BRACKETS = re.compile("[\u4e00-\u9fff]{0,4}[（(](?=[^）)。；;\n]*、)")
# 坐了120位观众，前排36位，中间48位: a total's noun and a comma, then items only named and
# counted (no noun after their figures), each a part of it
NOUN_THEN_ITEMS = re.compile("[\u4e00-\u9fff]{1,4}[，,](?!其中)")
BARE_ITEM_NAME = re.compile("[，,、]?[\u4e00-\u9fff]{1,6}")
HANZI = re.compile("[\u4e00-\u9fff]")  # (a noun right after an item's figure: no bare item)
# 受访的1200人中，走访的64家企业中，…: the whole of what follows
# 收入4.86亿元，在营业收入38.2亿元中占12.7% (…中的比重为): the part, then its whole told
# inside 在…中, then the share of the one in the other
WHOLE_WITHIN_OPENS = re.compile("[，,]在[^，,。；;0-9]{1,12}$")
SHARE_WITHIN_WHOLE = re.compile("(?:之中|当中|中|里)的?(?:所?占(?:比|比重|比例)?|比重|占比|比例|份额)(?:为|达|约为?|约|达到)?")
AMONG_AFTER = re.compile("[^，,。；;0-9]{0,6}?(?:里|中|之中|当中)[，,]")
# 覆盖全区400个住宅小区中的356个: a count whose part follows it, told as so many 中的 so many
GROUP_BEFORE_PART = re.compile("[^，,。；;0-9]{0,8}?(?:里|中|之中|当中)(?:的|[，,])")
# … or named, and a clause opening with a part of it (访问的120家参展企业，69家表示…，约占七成)
GROUP_THEN_PART = re.compile("[^，,。；;0-9]{1,12}[，,](?:其中)?(?:有|仅有|只有)?")
# 外销量中销往省外3.1万吨: a part of the figure its words name before 中 (外销4.5万吨), no
# sibling of it (中 opening a word aside: 中心, 中部, 期间; 其中 opens the list itself)
AMONG_LEAD = re.compile("(?P<whole>[\u4e00-\u9fff]{2,6}?)(?<!其)中(?![国心央部小学型间期旬])")
REAL_TERMS = re.compile("不变价|可比价|生产总值|GDP|增加值")  # a growth in real terms: not the levels' ratio
HEADCOUNT = re.compile("[户人家个笔件]数")  # 用电户数: a count of those doing it, not the amount done
AMOUNT_SUFFIX = re.compile("(?:总量|人数|量|数|额|规模)$")  # 外销量 is named 外销 where it is told
AMOUNT_ALONE = re.compile("数量|总量|总数|数目|规模|价格|价钱")  # 数量翻了一番: how many of whatever the levels count
# A rate named by an act (采纳率, 办结率, 整改率, 满意度): the count of that act over the whole
# 合格率 of 不合格182组: the rest of the whole is the act's count
NOT_DONE = ("不", "未", "未能", "没有", "没")  # 不合格182组, 未通过1.12万人次
NOT_DOING = re.compile(f"(?:{'|'.join(NOT_DONE)})[\u4e00-\u9fff]{{1,6}}的")  # 没有退货的订单: the rest of a rate
NOT_DONE_AFTER = re.compile("|".join(sorted(NOT_DONE, key=len, reverse=True)))  # 204人未通过: after its count
RATE_QUALIFIER = re.compile("(?:有效|合格|实际|综合|净)$")  # 有效回收率: the act's count of a kind
ACT_RATE = re.compile("(?P<act>[\u4e00-\u9fff]{2})(?:转化)?[率度](?:为|达到?了?|是|约)?$")  # (成交转化率: of 成交)
# … whose act a count names by another verb (破获1124起, 破案率; 审结, 结案率)
# 3.12万人完成免费健康体检，体检率: the act named after a count, as what its members did
ABSENT_AFTER = re.compile("[^，。；,;0-9]{0,8}?(?:缺考|缺席|未参加|未参考|缺勤|未到)")  # 36人因集训缺考: none of the whole sat
RATE_ALSO = re.compile("[（(]含(?P<also>[^）)，,]{1,8})[）)]")  # 满意率（含基本满意）: another act's count in it
CARRIED_OVER = re.compile("结转|转入|积存|遗留")  # 新受理A件，另有上年结转B件，办结C件，办结率: A and B its whole
TOTAL_TOLD = re.compile("(?:共|总计|合计|共计|总共|一共)[\u4e00-\u9fff]{0,4}$")  # 共悬谜160条: a total, a rate's whole sentences on
ACT_FINISHED = re.compile("(?:到位|完毕|成功)$")  # 其中已整改到位15个: the act, finished
ALREADY = "已经?|均已|都已|全部"
DONE_ALREADY = re.compile(f"^(?:{ALREADY})")  # 其中15个已整改到位: the act after its count
ACT_DONE_AFTER = "(?:完成|接受|参加|进行|参与|实现)了?[^，。；,;0-9]{0,8}?"  # (42台实现联网, 联网率)
# 计划改造126个，已开工112个，开工率: works' progress, a rate of the plan (录取率 is not)
PLANNED_ACTS = ("开工", "完工", "竣工", "建成", "投产", "完成", "到位")  # (计划投资A，已完成B，投资完成率; 争取资金A，已到位B)
ACT_VERBS = {"破案": ("破获", "侦破"), "升学": ("升入", "考入"), "结案": ("审结", "办结", "执结"), "录取": ("录用",), "回收": ("收回",),
             "就业": ("实现就业",), "治愈": ("痊愈",), "立案": ("受理",), "到案": ("抓获", "归案"),
             "命中": ("投中", "射中", "打中", "罚中", "猜中"), "正确": ("答对", "做对", "选对", "判对"),
             "晋级": ("进入", "晋升"), "通达": ("通",), "通车": ("通",),
             "准确": ("答对", "做对", "选对", "判对", "测准", "报准")}
AVERAGE_OF_A_CHANGE = re.compile("[多少](?:交|缴|花|付|收|用)|增收|减收|节省|节约|省下?|少了|多了")  # 户均少交
MEASURE_OF_SUFFIX = re.compile("(?:数量|总数|数|量|人员|人数)$")  # 项目数, 出口量, 研发人员: how many or how much of a thing
HALVES_JOINED = re.compile("[、，,和与及][\u4e00-\u9fff]{0,6}")  # 女声30人、男声22人: two halves told together
# (上半程15轮拿到22分，下半程15轮拿到29分: a count of another unit in the second's clause)
HALVES_JOINED_ACROSS = re.compile("[、，,和与及][^，。；,;、]{0,10}")
# 其中女性A，农村劳动力B: a group named by who its members are (sex, ethnicity, party) cuts
# across one named by anything else, unless its other half is named too (男性A，女性B)
GROUP_ACROSS = re.compile("女性|男性|妇女|女职工|男职工|少数民族|党员")
# 两病合并感染, 含同时参加两项培训的47人: counted in both groups
BOTH_AT_ONCE = re.compile("合并|兼有|同时(?:患|有|属|是|参加|参与|报名|选修|持有|获得|具有)|两者都|二者都|两项都")
LEFT_OVER = re.compile("余下|剩下|剩余|余数|还余")  # 每个分馆142册，余下6册: a remainder after even shares
COUNT_METRIC = re.compile("(?:[^系指分函倍基参]数|数量)$")  # 项目数, 企业数量 (not 指数, 系数: statistics)
AMOUNT_METRIC = re.compile("额$")  # 项目总额, 合同金额, 销售额
NONE_OF_THEM = re.compile("[均都](?:未|没有?|无|不)")  # 两种病都没有的, 三项问题均未查出的: groups that overlap
_MAKE_UP = "构成|结构|分布|组成"
MAKE_UP_NAMED = re.compile(f"{_MAKE_UP}|画像|来源|占比|比重|份额")  # 出行方式构成: a whole's parts told
MAKE_UP_OPENS = re.compile(f"{_MAKE_UP}|按[^，,。；;0-9]{{1,6}}分[，,：:]")  # …时段分布：, 按渠道分，
# 销售额中，返奖奖金51%: a sentence opening on the whole its items are among (extraction's
# kind only: such items may overlap, 机电产品占58%，高新技术产品占30%, and need not make it up)
AMONG_WHOLE_OPENS = re.compile("[\u4e00-\u9fff]{2,10}中[，,]")
CHANGED_LABEL = re.compile("[增降涨跌升减]|提高|回落|同比|环比|增速|增幅|降幅")  # 营收增长：12.5%, no part
ROW_OF_SHARES = re.compile("[0-9０-９][%％][、，,][^\n]*[%％]")  # —甲企业 52.4%、31.8%、15.8%: a row of a whole's parts
ANY_DIGIT = re.compile("[0-9０-９]")  # (东港作业区 276.3 65.4 23.7%: a row with figures of its own)
PART_OF_A_PART = re.compile("[ \t\u3000]*(?:其中|含)")  # 　其中：地铁　17.6%: a line of the part above
MAIN_PARTS_ONLY = re.compile("主要|前[0-9一二三四五六七八九十]+[名位项类]|TOP|排名")  # … but its main ones only
SEVERAL_ANSWERS = re.compile("多选|多项选择|复选|可选多项|限选|最多选")  # a survey's answers may pass 100% together
# A ratio a report names by its terms (销售利润率 is 利润 over 收入): the rate's name, the
# words its part's name ends with, the words its whole's name holds, and the words of what
# the whole less the part is (毛利 is 收入 less 营业成本), where a report tells that instead.
# Only the whole company's rate (综合毛利率, 销售利润率), not a segment's or a peer's.
DONE_RATE = "(?:年度|全年)计划完成率|(?<!计划)完成率|进度"  # (已完成18公里，进度三成: what was done of the plan)
SUPPLY_RATE = "(?<!合格)达标率|满足率"
NAMED_RATIOS = (
    ("毛利率", "毛利润?|毛利额", "(?:营业|销售|主营业务)?收入|营收|销售额|营业额", "(?:营业|销售|主营业务)成本"),
    ("净利率|净利润率", "净利润?", "(?:营业|销售)?收入|营收|销售额|营业额", None),
    ("(?<!成本)(?<!净)(?<!营业)利润率", "(?<!净)(?<!营业)利润(?:总额)?", "(?:营业|销售)?收入|营收|销售额|营业额", None),
    ("营业利润率", "营业利润", "(?:营业|销售)?收入|营收|销售额|营业额", None),
    ("资产负债率", "(?<![流动长短期])负债(?:总额)?", "(?<!净)(?<!流动)(?:总资产|资产总额|资产)$", None),
    # 计划投资120亿元，实际完成96.6亿元，完成率92%: what was done over the plan
    # (计划组织8场，实际组织3场: what was done told as the actual figure)
    # (完成投资82.4亿元: the act and what it did)
    (DONE_RATE, "(?<!计划)(?:完成|建成|完工|竣工)了?(?:投资|产值|任务)?|实际[\u4e00-\u9fff]{1,4}", "(?:计划|目标|任务)", None),
    ("(?<!计划)(?:预算)?执行率", "(?:实际)?(?:支出|完成|执行)", "预算(?:数|总额)?$|预算安排|年初预算|调整预算", None),  # 预算数A，实际支出B，预算执行率
    # 能量供给1320千卡，推荐摄入量1400千卡，达标率: what is supplied over the standard set for it
    (SUPPLY_RATE, "供给|供应|摄入|实际|实测", "推荐|标准|定额|参考|需要量", None),
    ("产能利用率", "产量", "产能", None),  # 产能3.2亿平方米，产量2.56亿平方米: output over capacity
    ("存贷比", "贷款(?:余额)?", "存款(?:余额)?", None),  # 存款余额A、贷款余额B，存贷比: loans over deposits
    # 总面积A，森林面积B，森林覆盖率: the forest's share of the land (not 绿化率: a 中心绿地 is
    # some of the green)
    ("森林覆盖率", "森林面积|有林地面积", "总面积|国土面积|土地面积|区域面积", None),
    # 设座位2400个，到场观众1860人，上座率; 床位300张，入住老人246人，入住率: people over places
    ("上座率", "观众(?:人数)?|到场|入场", "座位|座席|坐席|席位", None),
    ("(?<!客房)入住率", "入住(?:人数|老人|人员)?", "床位", None),
)
RATIOS_OF_OTHER_TERMS = (SUPPLY_RATE,)  # … whose name is a rate of other terms too (达标企业 over 检查企业)
RATIOS_ACROSS_COUNTS = ("上座率", "(?<!客房)入住率")  # … whose terms count different things
# … whose plan word before it names its whole, no goal of its own
# 原计划4100户，年中调增至4800户: the plan as revised, a whole of what was done too
PLAN_REVISED = re.compile("(?:调增|调减|调整|调高|调低|上调|下调|追加|增加|提高)(?:至|到|为)$")
RATE_OF_THE_PLAN = re.compile(f"(?:{DONE_RATE})(?:为|达到?|是)?$")
RATIO_OF_ALL = re.compile("(?:公司|集团|全年|年度|今年|本年|当年|年|上半年|前三季度|综合|整体|销售|实现|的)*")  # 综合毛利率: the whole's
# 全年完成计划的86.0%: a share of the plan told before (计划为营业收入42亿元), by what it names
OF_THE_PLAN = re.compile("(?:完成|达到|实现)了?(?:年度|全年)?(?:计划|目标|任务)的$")
# 完成全年4.5万亩任务的85.3%, 完成收购计划15万吨的84%: a plan's figure inside the phrase of
# the share done of it, the plan named after it or before it
_PLAN_NAMES = "计划|目标|任务"
PLAN_FIGURE_BEFORE = re.compile(f"(?:完成|达到|实现)了?(?:年度|全年)?(?P<named>[^，。；,;0-9]{{0,6}}(?:{_PLAN_NAMES}))?$")
PLAN_FIGURE_AFTER = re.compile(f"的?(?:{_PLAN_NAMES})的")  # (named before it: 的 alone)
# … so a share there is one of a plan, no goal
PLAN_SHARE_LEAD = re.compile(f"(?:完成|达到|实现)了?[^，。；,;]{{0,6}}(?:{_PLAN_NAMES})[^，。；,;]{{1,12}}的$")
PLAN_NAMES = re.compile("(?:计划|目标|任务)(?:为|是)?(?P<metric>[^，,。；;：:]{2,10})$")  # (计划新建5G基站)
ACTUAL_DONE = re.compile("实际")  # 计划新建A个，实际建成B个: what was done of the plan, in any words
# 合计306件，其中公益诉讼案件约七成: a share after 其中 naming an item told before
NAMED_PART_SHARE = re.compile("其中(?P<name>[^，,。；;：:]{2,10}?)(?:约|近|超过?|仅)?占?(?:比|比重|比例)?(?:为|达到?|是)?")
ACT_QUALIFIED = re.compile("部分|基本|[不未非没无应]")  # 部分属实, 基本办结, 应筛查: not the act the rate counts
# 住宅小区1276个，已开展垃圾分类的1043个，覆盖率: the set already done, whatever the rate's verb
# 应参加的有A人，已经缴费的B人，参保率: a count told done, and one told due before it
DONE_MARK = re.compile("实际|已经?|均已")
DUE_MARK = re.compile("(?<![供响相适反答效回感])应(?![用对急该当])|计划|登记|报名")
DONE_SET = re.compile("(?:已经?|均已)[^，。；,;0-9]{1,12}的有?")
# 9840件，占服务类的34.8%: a part of its own whole (女性1952人，女性占61%: its name told again)
OWN_SHARE_AFTER = re.compile("[，,]?(?!其中)(?:[\u4e00-\u9fff]{1,3})?(?:约|仅)?占")
# A figure of one of many (the most, a single one, each one): no total and no count
# 此后31天日均…, 前两周累计…: a count of part of the span, whose own total is seldom told
SUB_SPAN_BEFORE = re.compile("(?:此后|其后|之后|随后|其余|剩余|剩下的?|最后|[前头末]|(?<!前)后)"  # (节前后三天: around it, all)
                             "(?:[0-9一二三四五六七八九十两]+个?(?:天|日|周|星期|月|年))?$")
ONE_OF_MANY_BEFORE = re.compile("最高|最低|最大|最多|最少|峰值|单个|单日|单场|每")
_COMPARED_TO = r"(?:比|较)(?:[^，,。；;0-9]{0,5}?|20[0-9]{2}年|[0-9]{1,2}月[末底初]?)"  # 比上年, 较年初, 比2020年, 比7月末
INCREASE_BY = re.compile(_COMPARED_TO + r"(?:增加|增长|增[产收]|多[^，,。；;0-9]?)了?$")  # (比上年增产A)
DECREASE_BY = re.compile(_COMPARED_TO + rf"(?:减少|下降|减[产收]|少[^，,。；;0-9]?|{SAVING_WORDS.pattern}|便宜|(?<![全本我外该各])省)了?$")  # (比全价省A)
# 实有38.62万户，比上年末增长7.5%，全年净增3.71万户: the increase told right after its growth
INCREASE_AFTER = re.compile(r"[，,](?:全年|当年|一年)?(?:净增|新增|增加)了?$")
PART_AFTER_SHARE = re.compile(r"[，,]?(?:达到?|为|共|计)")  # 占42%，达2655个
# 前五大客户收入6.6亿元，占比约七成: a share told right after its part with no whole named
# is of a larger figure told before in the sentence, or of that and the part together
SHARE_CLAUSE_WORDS = ("占", "比例", "比重")  # a part's own share clause opens with one (资本金比例为)
# 有效问卷860份, 受访者640人: a survey's sample, the whole of every unnamed share of its unit
SAMPLE_WHOLE = re.compile("问卷|答卷|样本|受访|调查对象|参与调查|参加调查")
CLAUSE_JOIN = re.compile("[，,]")  # 134件，超过一半，…: a share in apposition to its part
CLAUSE_END = re.compile("[，,。；;！？!?\n]|矣|$")  # (矣 closes one in the classical style)
# (…获得资助的有950人，受助面约三成: a share named as the reach of the group just counted,
# 受益面, 覆盖面, its own)
REACH_SHARE = re.compile(r"[，,][\u4e00-\u9fff]{2}面(?:为|达到?|是)?")
# 国产设备99台、进口设备260台，国产设备占比: the item a share names (its whole the list's)
# 外来人口占42%，外来人口中外籍人士占5%: a share of the item before, told within it
SHARE_WITHIN_ITEM = re.compile("^(?P<item>[\u4e00-\u9fff]{2,8}?)(?:当中|中|里)")
# 运费合计T, 计资费T, 应付T: money charged for the count right before it
CHARGED_TOTAL = re.compile("(?:合计|共计|总计|计|共|应付|应收|实付|需付)[\u4e00-\u9fff]{0,3}$"
                           "|(?:[\u4e00-\u9fff]?费|货款|价款|总价|金额)(?:合计|共计|总计|为|共)?$")
# 谷段单价, 平段电价: a unit price named by the label of what it prices
UNIT_PRICE_NAMED = re.compile("(?P<label>[\u4e00-\u9fff]{2,6}?)(?:单价|电价|水价|气价|价格)(?:为|是)?$")
LAST_OF_LIST = re.compile("(?:和|及|与|以及)[^，。；,;：:0-9]{0,8}")  # …、9.8%和7.4%, …、乙B和丙C: a list's last item
DONE_OF_THE_FIRST = re.compile("已|其中")  # 排查桥梁A，已完成改造B: how many of the first are done
SHARE_OF_ITEM = re.compile("(?P<item>[\u4e00-\u9fff]{2,8}?)(?:约|仅|只)?占比?(?:为|达到?|是)?$")
SHARE_OF_UNNAMED = re.compile(r"[，,](?:约|仅|只)?占(?:比(?:为|达到?|是)?|了)?|" + REACH_SHARE.pattern)
# 其中规上企业290家（约五成）, 290家（占比约五成）: a share in brackets right after a figure is its own
BRACKETED_SHARE = re.compile(r"[（(](?:(?:约|仅|只)?占(?:比(?:为|达到?|是)?|了)?)?")
# 涉案1860万元，已追缴1320万元，尚有540万元未能追回: what is left of a whole after a part,
# said of what was not done
REST_BEFORE = re.compile("(?:尚有|还有|仍有|尚余|剩余|剩下|余下|其余)(?:的)?$")
REST_NOT_DONE = re.compile("[^，。；,;]{0,4}[未待没]")
# 备下1200份，上午发出860份，下午又发出290份，还剩80份: what is left after the parts taken
# (剩 says so itself; 还有 and 其余 need 未 after them)
REST_LEFT = re.compile("(?:还|只|仅|尚|就|最后)?(?:剩|剩下|剩余|余下)(?:了|的)?$")
# 预算1080万元，决算1023万元，节约资金57万元: what a budget or a plan saved is it less the
# outcome, the one figure of its unit told after it
# 每千名老年人拥有养老床位3.2张, 千人汽车保有量31辆, 每万人口拥有医生: so many for each
# hundred, thousand or ten thousand of a group (a count of persons or households told
# before), of a total told before; 人口密度每平方公里52人: so many for each unit of an area
PER_BASE_LEAD = re.compile("(?:每|(?<![0-9０-９.一二三四五六七八九十两百千万])(?=[百千万]))(?P<scale>十万|百|千|万|[0-9]+万?)(?:名|个|位)?"
                           "(?P<base>[\u4e00-\u9fff]{0,4}?(?:人口|人|户|学生|居民))"
                           "(?:拥有|有|配备|配置)?(?P<metric>[\u4e00-\u9fff]{2,10}?)(?:为|是|达到?|约|仅)*$")
PER_AREA_LEAD = re.compile("(?P<metric>[\u4e00-\u9fff]{2,8}?)(?:为|是|达到?|约)*每(?P<area>平方公里|平方千米|公顷|亩)$")
PER_AREA_NAMED_AFTER = re.compile("每(?P<area>平方公里|平方千米|公顷)(?P<metric>[\u4e00-\u9fff]{2,8}?)(?:为|是|达到?|约)*$")  # 每平方公里产值
# 最大风速每秒14.6米，约合每小时53公里; 时速300公里，相当于每秒约83米: a speed told again
# per another time (时速 is per hour, 秒速 per second)
SPEED_PER_BEFORE = re.compile("(?:每(?P<per>秒|秒钟|分钟|小时)|(?P<rate>[时秒])速)(?:约|为|达到?|是|可达)*$")
KNOT = "节"  # 航速28节: a ship's speed, nautical miles an hour
TIME_FACTORS = {"秒": 1, "秒钟": 1, "分钟": 60, "分": 60, "小时": 3600, "时": 3600}
# 全长283公里，…1小时30分钟可达，平均时速约188公里: a trip's average speed is its length
# over its time (not 最高时速 or 设计时速, a cap)
# 平均时速, 时速约 (not 最高运行时速 or 设计时速, a top speed, nor a limit)
SPEED_LEAD = re.compile("^(?!.*(?:最高|最快|设计|限速|上限))[^，。；,;]*?时速(?:约|为|达到?|是|只有|仅)*$")
# 我每小时跑60公里, 按每小时行驶80公里算: a speed told per hour, of a trip (not 最高 or a limit)
SPEED_PER_HOUR_LEAD = re.compile("(?<![最高设计限])每(?:个)?小时(?:能|可|只能)?(?:跑|走|行驶?|开|飞|航行|骑|前进|推进)?(?:约|为|了)?$")
# 平均站间距1.42公里, 行车间隔4分钟, 最长: no trip's length or time
NOT_A_TRIP_BEFORE = re.compile("平均|每|间距|间隔|最[高低长短快慢]")
# 起步价8元（含3公里），超出部分每公里2.4元; 第一档（180千瓦时以内）每千瓦时0.53元，超出部分每千瓦时
# 0.68元: a tariff of a first tier (a start fee, or a rate) and a rate past its bound
OVER_TIER_RATE = re.compile("(?:超(?:出|过)(?:的)?部分|此后|之后|以后|其后)(?:按|的)?(?:电价|单价|价格|收费)?每(?P<per>[一-鿿]{1,3}?)(?:[一-鿿]{0,4})?(?:为|是|收|按)?$")
START_FEE_BEFORE = re.compile("起步价|起价|起步费|基础费|基本费")
TIER_BOUND_AROUND = re.compile("含|以内|以下|之内|内")
CHARGE_TOTAL_BEFORE = re.compile("应付|应缴|应交|需付|需缴|需交|实付|共付|合计|共计|[电水气车话运]费")
# 接驳车18辆，每辆45座，每轮可运送810人; 每天6班，每班限载120人，日最大运力约720人次: what so
# many hold, each so many seats or a cap
CAPACITY_EACH = re.compile("每(?P<each>[\u4e00-\u9fff]{1,2}?)(?:限载|限坐|限乘|核载|可载|可坐|可乘|可容纳|设|有)?(?:约)?$"
                           # (每班次最多载客52人, 每列复兴号动车组定员613人, 每箱装载水果22吨)
                           "|每(?P<each_of>[\u4e00-\u9fff]{1,2}?)[\u4e00-\u9fff]{0,6}?(?:最多载客|载客|定员|装载|装)[\u4e00-\u9fff]{0,2}$")
SEAT_UNITS = frozenset("座 个座位 座位 位 人 席 个床位 张床位".split())
HELD_UNITS = frozenset("人 人次 位".split())  # … and what they hold, in persons
CAPACITY_TOTAL_BEFORE = re.compile("(?:运力|运量|可运送|能运送|可容纳|能容纳|可接待|能接待|可载客?|载客|可乘坐|能坐下|可坐)"
                                   "(?:旅客|乘客|游客|货物)?(?:约|达到?|为)?$")
# 停靠, 中转: time a trip spends standing, which its length at its speed leaves out
STOPS_ON_THE_WAY = re.compile("停|休息|中转|换乘|等待|编组|装卸|过闸")
HOURS_IN = {"小时": 1.0, "个小时": 1.0, "分钟": 1 / 60, "秒": 1 / 3600, "秒钟": 1 / 3600}
# 共528行，每小时可织40行，约13小时可完成: a whole's work at so much an hour takes its
# whole over the hour's; the time told with what finishes it
EACH_TIME_DONE = re.compile("每(?P<unit>小时|个小时|分钟|天|日)(?:可|能|可以|能够)?[\u4e00-\u9fff]{0,4}$")
WORK_OF_IT = re.compile("的[\u4e00-\u9fff]")  # 一本381页的读物, 一卷2880页的档案: the work itself, told whole
TIME_TO_FINISH = re.compile("(?:可|能|即可|就能|才能)?(?:完成|完工|结束|[装织做干运卸印读走看写]完)")
# 每天运行8小时，每10分钟发一班，共发车48班: a service's hours over its headway are its runs
HEADWAY = re.compile("每隔?(?P<every>[0-9]+|[一二三四五六七八九十两]+)(?P<unit>分钟|小时)"
                     "(?:发|开|开行|发出)?一(?:班|趟|列|辆|艘|航班)")
SERVICE_HOURS_LEAD = re.compile("运行|运营|营运|营业|开行|服务|发车")
RUNS = ("班", "趟", "列", "班次", "车次", "航班", "次")  # what a headway counts
# 长96米的步道一侧，每隔6米种一棵，两端都种，共需17棵: so many gaps of a length, and one
# more post than gaps where both ends have one (one fewer where neither has, as many round
# a loop or with one end)
GAP_LEAD = re.compile("每隔(?:约)?$")
BOTH_ENDS = re.compile("两端都(?!不)|两头都(?!不)|首尾都(?!不)")
NEITHER_END = re.compile("两端都不|两头都不|两端不|首尾不")
ONE_END = re.compile("一端|一头|环形|一圈|周长|环绕")
BOTH_SIDES = re.compile("两侧|两边|两旁|双侧")  # … along each side: twice as many
ONE_SIDE = re.compile("一侧|一边|单侧|一旁")
# 年发电量约2.7亿千瓦时，按每户年用电3000千瓦时计算，可满足约9万户: a total over so much
# each is how many it serves, counted in the each's word
# (按全市应急状态下每天投放98吨计算: a few words of the case before the each)
EACH_ASSUMED_BEFORE = re.compile("按[^，。；,;0-9每]{0,10}?(?:平均)?每(?P<each>[\u4e00-\u9fff])[^，。；,;0-9]{0,6}$")
# 其中已开工A个，正在办理B个，仍处于前期阶段的C个: a stage of progress, each item in one
STAGE_OPENS = re.compile("(?:其中)?(?:已经?|仍|尚|正在|还在|未|待)")
# 日均消耗178吨，储备3627吨，可满足全市居民20天的需求: a day's use, and the days a stock lasts
A_DAYS_USE = re.compile("(?:日均|每天|每日|一天)[^，。；,;0-9]{0,6}$")
LASTS_BEFORE = re.compile("(?:可|能|可以|能够|足够|够)(?:满足|供|供应|保障|使用|用)[^，。；,;0-9]{0,8}$")
# 需要租用大巴10辆, 约需32天: what it takes
NEEDED_BEFORE = re.compile("(?:至少|最少|一共|共|约|还|则|仅|只)?需(?:要)?[\u4e00-\u9fff]{0,4}$")
# A time told as what the work takes (约需6.8小时, 连续作业约6.8小时), of the work told
# done (实际完成204立方米)
TIME_TAKEN_BEFORE = re.compile(f"(?:{NEEDED_BEFORE.pattern})|(?:连续(?:作业|工作|运行|施工)|用时|耗时|历时)(?:约|了)?$")
WORK_DONE_BEFORE = re.compile("(?:实际|已经?|共|累计)完成$")
# (…按每组12人编组，共分为38个小组; 按每袋50公斤分装，共计3260袋: so many lots it makes; 按每天
# 清运800吨计算，约需32天: so many days it takes)
SERVES_BEFORE = re.compile("(?:可|能|可以|能够)?(?:满足|供|供应|覆盖|解决|保障)[^，。；,;0-9]{0,4}$"
                           "|(?:共计?|一共|合计|分为|分成|编为|编成|装成|装了)(?:分为|分成|编为|编成|装成|装了)?$"
                           f"|{NEEDED_BEFORE.pattern}")
# A league's table: 按胜一场得3分、平一场得1分计算，…积54分 (of 14胜9平); 打进48球…丢33球，
# 净胜球15个
POINTS_RULE = re.compile("胜一场(?:得|积|记)(?P<win>[0-9]|[一二三])分[、，,]平一场(?:得|积|记)(?P<draw>[0-9]|[一二三])分")
POINTS_TOTAL_BEFORE = re.compile("(?:积|积分|共积|得分|共得)(?:为|达)?$")
# 以98:86战胜…，净胜12分: a match's final score and the margin told right after it
FINAL_SCORE = re.compile("以(?P<a>[0-9]{1,3})\\s*[:：比]\\s*(?P<b>[0-9]{1,3})(?![0-9:：])(?:的比分)?(?:战胜|击败|力克|胜|赢|取胜|获胜|拿下)")
WIN_MARGIN_BEFORE = re.compile("净胜$|净胜对手$|赢了$|领先$")
GAP_BEFORE = re.compile("(?:多出|高出|低出|相差|领先|落后|(?<![增减])多|(?<![增减缩])少)了?$")  # 总得分多出14分: a gap, no sum
SIDE_SCORED_BEFORE = re.compile("(?:共|全场|全队|最终|合计)得分?(?:为|了)?$")  # (全队共得79分: a side's points)
PART_OF_GAME = re.compile("半场|[第首末单][一二三四1-4]?节|加时|[第首][一二三四五1-5]?局")  # 上半场得40分: part of a game
NET_GOALS_BEFORE = re.compile("净胜球?(?:为|达)?$")
GOALS_SCORED_BEFORE = re.compile("(?:打进|攻入|进|射进|踢进|进球数?)(?:为|达)?$")
GOAL_UNITS = ("球", "个")  # 打进48球, 进球42个
GOALS_CONCEDED_BEFORE = re.compile("(?:丢|失|被攻入|被打进)$")
MONEY_WHOLE = re.compile("(?:总额|金额|资金|投资额?)$")  # 占签约总额的: a whole told in money
# 营业收入由三部分构成：A、B、C: as many parts as it says, of the whole it names, told before
MADE_OF_PARTS = re.compile("(?<!主要)由(?P<count>[二两三四五六七八九2-9])(?:个|大|类)?(?:部分|方面|板块|类)(?:构成|组成)[：:]")
WHOLE_MADE_OF = re.compile("[\u4e00-\u9fff]{2,8}$")  # … the whole named right before 由
# 收入总计30.25亿元；支出26.87亿元，收支相抵，结转下年使用3.38亿元: what is left is the
# income less the spending, each the last so named before it
# 用地面积4.2万平方米，总建筑面积10.5万平方米，容积率2.5: quotients the trade names, each of
# the figure its numerator's words name over the one its denominator's do, told before it
QUOTIENTS_NAMED = (("容积率", "建筑面积", "用地面积|占地面积|土地面积|地块面积"),
                   ("求人倍率", "岗位|需求人数|用工需求", "求职"),
                   ("竞争比", "报名|报考|资格审查|考生", "招录|招聘|招收|计划招"),
                   ("市盈率", "收盘价|股价", "每股收益"),
                   ("平均住院日", "床日", "出院"),  # (占用总床日数96.7万 over 出院病人12.4万人次)
                   ("存货周转率", "营业成本|销售成本", "存货"),  # (营业成本4.70亿元，期末存货2.35亿元: 2.0次)
                   ("抵押率", "贷款", "评估价值|抵押物价值", 100.0),  # (贷款1.90亿元，抵押物评估价值2.60亿元: 73.1%)
                   # (一套…均价约130.6万元，家庭年可支配收入19.59万元: 6.7; a head's income is no household's)
                   ("房价收入比", "房价|总价|房款|(?:新房|住房|商品房)(?:套)?均价", "(?<!人均)家庭[\u4e00-\u9fff]{0,5}收入"),
                   ("车位(?:配)?比", "车位", "户(?:数)?$|住宅"),  # (住宅1260户，停车位1512个，户均车位配比1:1.2)
                   # (以女性为100: men per hundred women; at birth, of the babies born)
                   ("出生(?:人口)?性别比", "男婴", "女婴", 100.0),
                   ("(?<!出生)(?<!出生人口)性别比", "男(?!婴)", "女(?!婴)", 100.0),
                   # (行驶860公里，耗油55.9升，百公里油耗6.5升; 平均油耗6.5升/百公里)
                   ("实载率|里程利用率", "载客里程|重车里程", "营运里程|行驶里程|总里程", 100.0),  # (a cab's fares over its driving)
                   ("客单价", "营业额|销售额|成交额|营收", "(?:成交|订单|客流|来客|顾客)[^额]*[单笔人次]$"),  # (营业额T，成交357单)
                   ("平均票价", "票房", "(?:观影|观众|观影人次)[^额]*人次$"),  # (票房386万元，观影9.19万人次)
                   ("百公里(?:平均)?(?:油耗|耗油|电耗|耗电|能耗)", "(?:耗油|加满?油|用油|燃油|耗电|用电|充电).*(?:升|千瓦时|度)$",
                    "(?:行驶|里程|跑了?|开了?).*(?:公里|千米)$", 100.0))
PER_HUNDRED_KM = "/百公里"  # 油耗8.1升/百公里: the 百公里 its name leaves to the unit
ANNUALISED = re.compile("年化|折算为全年|折合全年")  # 按一季度业绩年化计算: a term worked to a year first
QUOTIENT_SAID = "[:：\\s]*(?:为|是|达到?|约为?|仅为|高达)*$"  # (a form's 百公里油耗　38.5升: its label and a space)
# 全长36公里，共设车站18座，平均站间距2.1公里: stations along a line are one more than the
# gaps between them (a loop, 环线, as many)
STATION_SPACING_BEFORE = re.compile("(?:站间距|站距)(?:为|是|约为?)?$")
STATIONS_NAMED = re.compile("车站|站点|站台|设站|停靠站")
LINE_LENGTH_NAMED = re.compile("全长|总长|长度")  # (线路全长28.6公里: a line's length, told on a line above)
LOOP_LINE = re.compile("环线|环形")
# 每辆大巴限坐45人，共有学生412人，需要租用大巴10辆: as many as hold them all, the last part-full
HOLDS_EACH = re.compile("每(?:个|辆|顶|间|排|箱|桌|条|艘|架|节)?(?P<what>[\u4e00-\u9fff]{1,2}?)(?:[\u4e00-\u9fff]{0,4}?)"
                        "(?:限坐|可坐|坐满?|可住|住|可装|装|容纳|可容纳|限乘|乘坐|核载|限载|可载)[\u4e00-\u9fff]{0,3}$")  # (限坐学生45人)
WITHIN_ITEM = re.compile("[\u4e00-\u9fff]{0,3}")  # 民宿两晚597元: a count right before an item's figure
# 面粉1000克、温水600克…，揉好的面团共T: what the items make, named, then 共
NOUN_SUMMED_AFTER = re.compile("[，,][\u4e00-\u9fff]{1,6}?共(?![同享建赢有计])(?:有|为|是)?")
RUNNING_SUM_AFTER = re.compile("[，,]累计[\u4e00-\u9fff]{0,4}?(?:为|达到?)?")  # …368桌，累计预订T: right after a list
NEXT_CLAUSE = re.compile("[，,]")  # …每桌10位，三百六十位来宾: the very next clause, opening on its figure
# 装机200兆瓦，按年利用小时数1150小时计算，年发电量约2.3亿千瓦时: power times the hours used
HOURS_USED_BEFORE = re.compile("利用小时数?|满负荷(?:运行|利用)?小时数?|运行小时数?|发电小时数?")
ENERGY_MADE_BEFORE = re.compile("发电量?|发电|可发|产生")
# A note under a table (指标｜2022年｜2023年…): 2022—2024年利润总额合计T sums a row over those
# years; 2024年营业收入同比增长X% is a row's cell over the one before it
ROW_SUMMED_BEFORE = re.compile("(?P<a>(?:19|20)[0-9]{2})年?[—–\\-至到](?P<b>(?:19|20)[0-9]{2})年"
                               "(?P<name>[\u4e00-\u9fff]{2,8}?)(?:合计|累计|共计|总计|之和)(?:为|达到?)?$")
ROW_GROWN_BEFORE = re.compile("(?P<year>(?:19|20)[0-9]{2})年(?:全年)?(?P<name>[\u4e00-\u9fff]{2,8}?)"
                              "(?:同比|比上年|较上年)?(?:增长|增加|提高|上升|下降|减少|降低)(?:了)?$")
YEARS_HEADER = re.compile("(?:^|\n)[^｜|\n]{0,8}(?:[｜|](?:19|20)[0-9]{2}年[^｜|\n]{0,4}){2,}")
# 四枚面值各1.20元，两枚面值各1.50元，全套面值9.60元: counts each at so much, and their total
EACH_AFTER_COUNT = re.compile("[，,]?[\u4e00-\u9fff]{0,4}?各(?:为|是|有|计)?")
TOTAL_OF_EACH = re.compile("合计|共计|总计|全套|全部|一共|共|总价|总额|总面值")
SEATED_VEHICLE = re.compile("(?:的)?(?:大巴|中巴|客车|大客车|巴士|旅游车)")  # 49座大巴: a vehicle of so many seats
ONE_WAY = re.compile("单程|单趟|单向")  # 单程10分钟，往返一趟20分钟: there and back is twice one way
ROUND_TRIP = re.compile("往返|来回|一个来回")
RATE_OF_A_WAY = re.compile("均|速|每")
# 比上年减少33%，只剩上年的67%; 增长30%，是去年同期的1.3倍: the new level told again, right
# after the change, as a share (or multiple) of the very base the change is against
# … whose base is of the change's own kind (同比 and 上年, 环比 and 上月; 原来 either)
BASE_OF_A_YEAR = re.compile("同比|上年|去年|上一年|前一年|同期")
BASE_OF_A_MONTH = re.compile("环比|上月|上季度|上周")
MONTH_OPENING = re.compile("(?P<month>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?!份?[至到—-])")  # 8月当月A: a month's level
SAME_TIME_LAST_YEAR = re.compile("(?:上年|去年|上一年)(?:同期|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,2}月)")  # a year-ago level's own words
# 第二季度A，上年同期B，第一季度C，同比增长x%: a 同比 growth is of no earlier period of the year
EARLIER_PERIOD = re.compile("上月|上季度|上周|上旬|前一季度|前一个月|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,2}月")
LEVEL_OF_BASE_BETWEEN = re.compile("[，,]?(?:即|也就是说)?(?:只|仅)?(?:剩下?|有|为|相当于|是|达到|恢复到|降至|降到|回落至|跌至)了?"
                                   "(?:上年|去年|上一年|前一年|原来|原先|此前|以前|过去|上月|上季度|同期|去年同期|上年同期"
                                   "|[\u4e00-\u9fff]{1,2}前)(?:水平)?的")
# A form's figures that tell a difference by their labels: (what is left, the whole, what
# is taken off). A weighbridge ticket's net weight, a till's change and saving, a meter's use,
# a hospital bill's own share, a tax return's refund, a bill's balance due, a trade's balance
NAMED_DIFFERENCES = (("净重", "毛重", "皮重"),
                     ("找零|找赎", "实收|收款|付款|现金|支付", "应付|应收|应缴|应交"),
                     ("(?:节省|节约|优惠|让利|立减|省)(?:金额)?", "合计|小计|原价|总价|商品金额", "应付|实付|应收|折后"),
                     ("用量|用电量|用水量|用气量|本期行驶|本月行驶", "本期读数|本月读数|止码|期末", "上期读数|上月读数|起码|期初"),
                     ("(?:个人)?自付|个人负担", "合计|总费用|费用总额|医疗费用", "统筹支付|医保支付|基金支付|报销"),
                     ("(?:申请|应)?退税|应退税额", "预扣预缴|已预缴|预缴", "应纳税额|应缴税额"),
                     ("(?:尚需|还需|仍需|应|需)?(?:补付|补交|补缴|支付|付清)?(?:尾款|余款)|(?:尚需|还需|仍需)(?:补付|补交|补缴|支付)",
                      "合计|总计|小计|总价|总额|总费用|结算金额|折后(?:金额|价)?|(?<!实)应付(?:金额|款)?",
                      "(?<!押)(?:定金|订金|预付款?|首付款?|已付款?|已交|已缴)"),
                     # (a bill's: 消费合计121元，预存款抵扣20元，本期应缴101元)
                     ("(?:本期|本月)?(?:应缴|应付|应交)(?:金额|款|费用)?", "合计|总计|小计|总额",
                      "抵扣|抵减|抵用|冲抵|扣减"),
                     # (an account's and a budget's: 原余额200元，本次应付55.2元，扣款后余额A; 经费预算
                     # 10000元，本次发放合计8880元，预算结余A)
                     # (上月结余5000元…本月应交4390元…扣除本月应交费用后，余额A: told in prose)
                     ("(?:扣款|扣费|支付|消费|充值)后余额|扣除[\u4e00-\u9fff]{0,8}后[，,]?(?:余额|结余)",
                      "原余额|扣款前余额|期初余额|(?:上月|上期)结余",
                      "(?:本次)?(?:应付|扣款|消费|扣费)(?:金额)?|(?:本月|本期)应交"),
                     ("预算(?:结余|节余|余额)", "(?:经费|活动|项目)?预算(?:金额|总额)?",
                      "(?:发放|支出|开支|使用|已用|实际支出)(?:合计|总额|金额)?"),
                     ("(?:贸易)?顺差", "(?<!进)出口(?:额|总额|总值)?", "进口(?:额|总额|总值)?"),
                     ("(?:贸易)?逆差", "进口(?:额|总额|总值)?", "(?<!进)出口(?:额|总额|总值)?"))
# A pay slip's net (linking.reckoning): (what is paid, what is due, the deductions' own total);
# not a running total of nets (累计实发)
EARLIER_TOTAL = re.compile("^(?:上月|上期|上年|去年|上季度)(?!结余|余额)")  # (上月结余: the balance carried, this one's opening)
NET_OF_DEDUCTIONS = ("(?<!累计)实发(?:工资|金额|合计|数)?|实领(?:工资|金额)?",
                     "应发(?:工资|合计|金额|数)?|应得(?:佣金|报酬|工资|金额|奖金)",
                     "(?:扣款|扣除|代扣|扣缴)(?:合计|小计|金额)",
                     # 补发餐补：300元 between the two: paid on top of what is due, not taken off
                     "(?:补发|加发|另发|返还|退还)[\u4e00-\u9fff]{0,4}")
# 扣杂按净重的5%计, 另收原价的15%: a rate of a base its words name
RATED_ON = re.compile("(?:按|另收|加收|收取|提取|计提)(?P<base>[\u4e00-\u9fff]{2,6})的$")
LABEL_ENDS = "(?:（[^（）]{0,6}）)?(?:为|是)?[：:\\s]*$"  # (实收（现金）：200元; 净重 3.2吨)
BALANCED = re.compile("收支相抵")
BALANCE_BEFORE = re.compile("(?:结转|结余|节余|盈余|略有结余|滚存)[^，。；,;0-9]{0,6}$")
INCOME_NAMED = re.compile("收入")
SPENDING_NAMED = re.compile("支出")
# 运输量构成：公路A，铁路B; 网约车订单中，早高峰占A，晚高峰B: the whole's parts, listed
PARTS_HEADED = re.compile("(?:构成|结构|分布)[：:]|[\u4e00-\u9fff]{2,8}中[，,]")
TOLD_AGAIN_AS = re.compile("[，,](?:即|也就是|相当于)")  # …占66.1%，即近七成: the same share told again, no next item
# 标价5299元，…打八五折，折后实付A: the price paid is the price times the tenths the 折 names
DISCOUNT = re.compile("(?:打|享受?|按)?(?P<tenths>[一二三四五六七八九][一二三四五六七八九五]?|[1-9](?:\\.[0-9])?)折(?!扣|算|合|旧)")
# a price listed, which a discount or a cut is taken off (指导价, 标价, 吊牌价)
LISTED_PRICE = "(?:厂商|官方)?(?:指导价|原价|标价|定价|挂牌价|原售价|门市价|吊牌价)"
LISTED_PRICE_BEFORE = re.compile(f"(?:{LISTED_PRICE}|售价)(?:为|是)?$")
# 指导价189800元，现金优惠12000元，…优惠幅度6.3%: a cut's rate is the cut over the price it
# is taken off (a price listed, its label), or that price less the price paid, over it
CUT_RATE_BEFORE = re.compile("(?:优惠|让利|降价|折让|减免)(?:幅度|比例|率)(?:为|达|约|达到)?$")
CUT_NAMED = "(?:现金|直接)?(?:优惠|让利|降价|折让|减免|立减)(?:金额)?"
PAID_PRICE = "成交价|实付|折后价|到手价|实际售价|优惠后价格?"
# 年折旧额48000元…月折旧额4000元, 年租金A，月租金B: a month's amount named as a year's is
# its twelfth (not 12月营收, one month's, nor 最高, one month's of many, nor 人均月缴存额, a head's)
MONTHS_NAMED = re.compile("(?<![0-9一二三四五六七八九十上下本当每个均])月(?:均)?(?P<name>[\u4e00-\u9fff]{1,4}?)(?:额)?(?:为|是)?$")
EXCESS_NAMED = re.compile("超出|超过部分|超量")  # 超出5.6GB，超出部分单价A: an excess and its price
# 交强险5260元，上牌费500元，落地价合计T: a total named as all a buyer pays, the price told
# lines above counted in
ALL_IN_TOTAL = re.compile("落地价|总价|总费用|总成本|总花费|全部费用")
YIELD_RATE = re.compile("(?:出[\u4e00-\u9fff]{1,2}|得|转化|产出|成品)率(?:为|达|约)?$")  # 出炭率25%: what a yield makes of its input
ONE_ROUND_BEFORE = re.compile("每(?:季|茬|批|轮|造)|单季|单茬|头茬|首茬")  # 每季亩产: one harvest's of several
PAID_AFTER_DISCOUNT = re.compile("(?:折后|实付|到手|优惠后|打折后)[^，,。；;0-9]{0,4}$|(?:只需|只要|仅需|仅要)(?:支付|付)?$")
BASE_SCALES = {"百": 100, "千": 1000, "万": 10000, "十万": 100000}
PERSONS_COUNTED = ("人", "名", "位", "户")  # the units a group's count is told in
SAVED_BEFORE = re.compile("(?:节约|节省|节余|结余|省下)(?:了|的)?(?:资金|经费|费用|开支|投资|成本)?(?:了|约)?$")
OVERRUN_BEFORE = re.compile("(?:超支|超出预算|超预算|多花)(?:了)?(?:资金|经费|费用)?(?:了|约)?$")
BUDGETED_BEFORE = re.compile("(?:预算|概算|计划|原定|原计划|控制价|限价)(?:总额|资金|金额|投资)?(?:为|是|约)?$")
# 新增300吨, 又补进200份: a part added to the whole, no part taken from it; 每个社区41箱,
# 各20箱: so much each, no part
NOT_TAKEN_BEFORE = re.compile(f"{RISE_WORDS.pattern}|[入进购买补添每各]")
# 第一产业增加值A，第二产业…B，第三产业…C: the three sectors an economy is split into, whole;
# their value added makes up its 生产总值
SECTORS = ("第一产业", "第二产业", "第三产业")
SECTORS_WHOLE = re.compile("生产总值|GDP")
GROWTH_NEXT = re.compile(r"[，,]?(?:[同环]比)?(?:增长|增幅为?|提高|上升)了?$")  # the same figure's growth
FALL_NEXT = re.compile(rf"[，,]?(?:[同环]比)?(?:下降|降幅为?|减少|降低|{SAVING_WORDS.pattern})了?$")  # … its fall
TOTAL_BEFORE = re.compile("(?:全(?!价)|总|共|合计|累计)")  # (not 全价票, a full-price ticket)
DAYS_OF_PERIOD = re.compile("(?P<period>本月|当月|全月|本年|全年|当年|本季度?|本周)按$")  # 本月按30天计
PERIOD_TOTAL = re.compile("累计|合计|共计|总计|共")  # 上半年累计完成: a span's figure told as a sum
WHOLE_PERIOD_OPENS = re.compile("^(?:本|当|全)(?:月|周|季度?|年)")  # 本月订单T…营业30天，日均: the span's total
ACT_MEASURED = "(?:面积|里程|数量|总量|量)$"  # 收割面积T。作业4天，日均收割A: how much of the act, all told
SUMMED_LAST = re.compile(f"(?:{PERIOD_TOTAL.pattern})[:：\\s]*$")  # 520升、460升，合计980升: the items' sum
# 供餐期内累计送餐T, 订期内共T, ，计T: a total over a period a rate is told for (linking.periodic)
PERIOD_TOTAL_BEFORE = re.compile(f"期内|期间|^计|(?<!公)(?:{PERIOD_TOTAL.pattern})(?![同享建赢有])")
SUM_NAMED = re.compile(f"{PERIOD_TOTAL.pattern}|总(?:得分|分|量|和)")  # 总得分3366分, 降水总量1386毫米: a sum by name
AT_A_TIME = re.compile("余额|存量|库存|在手|保有|末|底")  # 上半年末贷款余额: a level at a time, no flow
HEADS_COUNTED = frozenset("人 家 户 所".split())  # those counted in one quarter may be counted again in the next
SUM_WORDS = re.compile(f"{PERIOD_TOTAL.pattern}|单季|全年")  # 上半年累计完成: 完成, what is summed
# the parts of a total follow (…共接待T，甲、乙、丙分别接待A、B和C: 分别 and its verb)
ONLY_THE_MAIN = re.compile("主要|重点")  # 其中主要是A、B和C: the main parts, not all of them
# 利润总额A。分行业看，装备制造业B…: what opens a sentence of the parts of the total before
PARTS_OPENER = re.compile("其中|已含|内含|分[\u4e00-\u9fff]{1,3}看")  # (应得报酬T，已含补贴B: a part of it)
RESPECTIVELY_AFTER = re.compile("[，,]\\s*(?:两者|二者)?分别(?:为|是|有)")  # …之比为A:B，分别为X和Y
PARTS_CUE = re.compile("其中|包括|分别为|分别是|分别有|分别(?=[\u4e00-\u9fff]{1,4}[0-9０-９])")
# … unless 分别 follows times alone (11月和上年12月分别为A和B): one figure's levels then
_TIME_NAME = ("(?:(?:19|20)[0-9]{2}年|上年|去年|今年|前年|同期|上月|本月|[0-9０-９]{1,2}(?:[-—至][0-9０-９]{1,2})?月份?"
              "|[一二三四五六七八九十]{1,2}月份?|前三季度|第?[一二三四1-4]季度|[上下]半年)+")
TIMES_NAMED = re.compile(f"{_TIME_NAME}(?:[和、与及同]{_TIME_NAME})*")
# A list closed by the rest (其他群体, 3A级及以下) names every part: they sum to the total.
MORE_UNLISTED_AFTER = re.compile("[^，,。；;]{0,6}等")  # 其中A、B、C等: more parts than named
# 全程约86公里，分三段：…: the whole told split into so many parts, all of which are listed
SPLIT_INTO = re.compile("分(?:成|为)?(?P<count>[两二三四五六七八九2-9])个?(?:段|期|类|部分|批|组|块|片区|个阶段)[：:]")
# 出口A、进口B，贸易顺差C; 民商事A、刑事B，涉企案件C: a difference of a list's items, or a
# group across them, told in the clause after it
NO_ITEM_AFTER_LIST = re.compile("顺差|逆差|^净|^涉[\u4e00-\u9fff]")
# Parts that make their whole by name (第一产业占A，第二产业占B（其中工业占C），第三产业占D: the
# three sectors are all of an economy)
WHOLE_BY_NAME = (("第一产业", "第二产业", "第三产业"),
                 # (本省游客占A，外省游客占B，境外游客占C: where those counted come from)
                 ("本省", "外省", "境外"), ("本省", "省外", "境外"), ("本市", "省内其他", "省外", "境外"))
REST_OF_LIST = re.compile("其他|其余|剩余|剩下|余下|及以下|及以上|以外|之外|除[^，,。；;0-9]{1,8}外")  # (除这三项外的开支)
# … and for shares of a whole, what is left of it told as more (另有百分之七点五用于…), not so
# for counts (律师1086名，其中…642名，另有…97名参与: more than the whole)
REST_OF_SHARES = re.compile(f"{REST_OF_LIST.pattern}|另有|此外")
REST_BY_EXCEPTION = re.compile("(?:以外|之外)的")  # 两大股东以外的股东持股C: the rest, named by those left out
REST_NAMED = re.compile("其他|其余|剩余|剩下|余下")  # (not 及以上: a band's)
REST_CLAUSE = re.compile(f"[，,](?:{REST_NAMED.pattern})")  # …，其余单位均已安装，占…: a clause of the rest
REST_SHARE_CLAUSE = re.compile(f"[，,](?:{REST_OF_SHARES.pattern})[\u4e00-\u9fff]{{0,6}}?(?:占比?|为|是)?")  # …，其余方式占: the rest's share next
REST_TOLD = re.compile("(?:计|共计|合计|为|是|约)")  # …，其余为室外展区，计6000平方米: the rest's figure
# 加上豆腐干A、腐竹B，合计T: a list added to a figure told before it, which its sum counts too
DAYS_OFF_BEFORE = re.compile("停业|停工|停产|休业|歇业|闭馆|闭园|停运|停航|检修")  # 停业4天: days not worked
LOSS_BEFORE = re.compile("亏损|亏了|净亏")  # 新业务亏损145万元: a loss, taken from a sum of profits
LOSS_LEVEL = re.compile(f"(?:{LOSS_BEFORE.pattern})损?额?(?:为|达到?|约)?$")  # 去年亏损0.21亿元: a level below zero
ADDED_TO_EARLIER = re.compile("(?:再?加上|算上|连同|加之)[^，,。；;]*$")
# A part counted over a bound (超过500毫米的有874个, 1000万元以上的23个): groups of such
# parts nest (over 800 is over 500 too), they split no whole.
OVER_BOUND_LEAD = re.compile("(?:超过|超|高于|大于|不低于|不少于)[0-9０-９.]+[^，,；;0-9]{0,6}的|"
                             "[0-9０-９.]+[^，,；;0-9]{0,6}(?:以上|以下)的")
# A group named by a bound on what its members are (35岁以下青年, 60岁及以上): it cuts across
# a split by kind (其中女性…，35岁以下青年…)
BAND_NAMED = re.compile("[0-9０-９]+[^，,；;0-9]{0,3}(?:及?以上|及?以下|以内)")
# A figure bounding a group (60岁及以上患者, 500万元以下项目) defines it, states no fact.
GROUP_BOUND = re.compile("(?:及|或)?(?P<bound>以上|以下|以内)[^，,。；;：:]")
BOUND_WORD_END = re.compile("(?:及|或)?(?:以上|以下|以内)$")  # … where the claim's words end in it
# Two names that split one whole between them (境内A、境外B): its two parts make it.
COMPLEMENTS = (("境内", "境外"), ("国内", "国外"), ("国内", "海外"), ("省内", "省外"), ("市内", "市外"),
               ("上半年", "下半年"), ("男", "女"), ("城镇", "农村"), ("线上", "线下"),
               ("公办", "民办"), ("户籍", "非户籍"), ("本地", "外地"), ("城镇", "乡村"), ("城市", "农村"),
               ("出口", "进口"), ("本地", "外埠"), ("新郎", "新娘"), ("主场", "客场"), ("室内", "室外"), ("校内", "校外"),
               ("党员", "群众"), ("重箱", "空箱"), ("重车", "空车"), ("全日制", "非全日制"))
# … and two halves of a time or a trip, which split what is done in it (not a stock: 备下A，
# 上午发出B，下午发出C)
HALVES_OF_TIME = (("上半场", "下半场"), ("上半时", "下半时"), ("上半程", "下半程"), ("前半程", "后半程"),
                  ("上学期", "下学期"), ("节前", "节后"), ("上午", "下午"), ("去程", "返程"),
                  ("上半赛季", "下半赛季"), ("上半月", "下半月"), ("早稻", "晚稻"))  # (双季稻: the year's two crops)
# 上半场得38分，下半场得47分，全场共得85分: the words naming the whole two halves make, after them
WHOLE_AFTER_HALVES = re.compile("(?P<whole>全场|整场|全程|全天|全日|全学年|本学年|全年|全赛季|整个赛季|两个半场|往返|合计|共计|总计|一共|共)")
NAMING_ASIDE = "为是达到了约共计合总全整个半场上下学期午年程天日"  # … and the words that name no thing
# the noun a count counts, up to what is said of it (1865个公共充电桩按每桩…)
NOUN_AFTER_COUNT = re.compile("[^按每，,。；;、：:（(0-9]{0,10}")
# 男性占, 国内收入占比为, 比重是: the words a share of a named part ends with
SHARE_TOLD_BEFORE = re.compile("(?:占|占比|比重|比例|持股)(?:为|是|达到?)?$")
# 省内占A，省外占B，出口占C: a third share told next, of a third part (a whole split three ways)
SHARE_TOLD_NEXT = re.compile("[，,；;、]\\s*[\u4e00-\u9fff]{1,8}?(?:占|占比|比重|比例)(?:为|是|达到?)?[约近超]?[0-9０-９一二三四五六七八九十][^，,；;、。]*")
SENTENCE_END = re.compile("[。；;！？!?\n]")
FULL_STOP = re.compile("[。！？!?\n]")  # … and a sentence whole, its clauses after a semicolon too
# Two levels of one metric, and what joins them (levels.py). Before the earlier one: 从A,
# 比上年的A, 较上年的A, 与十年前的A, 上年为A, 去年同期为A (but not 同比, 占比, 比重, 较大).
_COMPARED_WITH = "(?<![同环占])比(?![重例率值])|较(?![大小快慢高低好多少强弱])"
COMPARED_WITH = re.compile(_COMPARED_WITH)  # a change against something named (比2019年同期)
PLAN_COMPARED = re.compile(f"(?:原|{_COMPARED_WITH})$")  # 较原计划增加4列: a plan compared with, no goal
# 比上周的A, 较去年同期的A: a level another is compared with (two such are one level's bases)
COMPARED_BEFORE = re.compile(f"(?:{_COMPARED_WITH})[^，。；,;从由比较]{{0,8}}$")
# 死亡人数比上年同期的A: what the compared clause names before its 比 (at least two characters)
COMPARED_NAMED = re.compile(f"([^，。；,;、]{{2,8}}?)(?:{_COMPARED_WITH})[^，。；,;从由比较]{{0,8}}$")
# the round before this one, of what comes in rounds (上一届, 上期, 上一航次, 上一场, 上个赛季)
_PREVIOUS_ROUND = "上一?个?(?:届|期|次|场|轮|批|赛季|学期|航次|班次|夜班|白班|班)|前一个?(?:周|月|季度|年|期|届|轮|批|场)"
BASE_LEVEL_BEFORE = re.compile(
    f"(?:从|由|{_COMPARED_WITH})[^，。；,;从由比较]{{0,12}}$"
    "|与[^，。；,;]{0,6}的$"
    f"|(?:上年|去年|前年|上月|上周|上季度|上半年|上一年|同期|年前|此前|以前|原来|原价|原本|原先|{_PREVIOUS_ROUND})[^，。；,;0-9]{{0,10}}$"
    f"|(?:起拍价?|最高投标限价|招标控制价|{LISTED_PRICE})[^，。；,;0-9]{{0,4}}$")  # (an auction's, a tender's or a tag's price)
# 每斤下跌0.70元, 每吨上调200元: a price's change told per one of its measure
CHANGE_PER_MEASURE = re.compile("每(?P<per>[\u4e00-\u9fff]{1,2}?)[\u4e00-\u9fff]{0,3}$")
# 今日4.60元，昨日4.20元: the day before's level, a base where its sentence has told the day's own
DAY_BEFORE = re.compile("(?:昨日|昨天|前一日|前一天|上一?交易日|前一交易日)[^，。；,;0-9]{0,10}$")
THE_DAY = re.compile("今日|今天|当日|当天|本日|本交易日")
# 原线路全长A，调整后全长B; 改造前…A，改造后…B: a thing's level before an act done to it and
# after, each clause opening on which (原 alone opens a clause with its noun: not 原油, 原料)
_ACT_ON_IT = "(?:调整|改造|改建|扩建|改革|整治|提标|升级|搬迁|合并|优化|提速|扩容|修缮|改线|改版)"
# (烘干前A，烘干后B; 事故前A，修复后B: the act done to the thing measured; 上一轮A，本次B: rounds)
_DONE_TO_IT = f"(?:{_ACT_ON_IT}|烘干|干燥|晾晒|加工|清洗|修复|事故|治理|处理|干预|施工|装修|试验|实验|调薪|调价|提价|降价)"
# 调薪前：6200元, 对照田亩产598公斤: a level before what was done, or a trial's control, however
# the other level is named
BASE_OF_THE_ACT = re.compile(f"(?:^{_DONE_TO_IT}前|对照[\u4e00-\u9fff]{{0,3}})(?:的|为|是|[：:\\s])*$")
BEFORE_THE_ACT = re.compile(f"^(?:原(?![油料材因则始创产生子告址籍文煤奶粮木浆液矿盐])|{_DONE_TO_IT}前|上一?[轮次期])")
AFTER_THE_ACT = re.compile(f"^(?:{_DONE_TO_IT}后|现在?(?![金货场代])|如今|本[轮次期])")
# 比他赛前的个人最好成绩2.02米: a clause opening on 比 and naming the base at length
COMPARED_CLAUSE = re.compile(f"^(?:{_COMPARED_WITH})(?!赛)[^，。；,;]{{0,16}}的[^，。；,;0-9]{{0,10}}$")
# …11月为A，10月为B: a time before each, which came first the months say
# 成本, 成为, 成都: the characters after which 成 starts a word, no tenths (but 约两成为 a share)
WORD_AFTER_TENTHS = re.compile("[为功本交立员果就熟都长型效]")
IN_TENTHS = re.compile("[一二两三四五六七八九十]成")  # 七成, 三成五: a share told in tenths
# 净增15条: a net change, of the items listed before it (新开24条、撤销9条)
NET_CHANGE = re.compile("净[增减]")
# 比新房多0.55万套: the other level a difference names (not a time: 比上年多, 比2023年多)
_OTHER_NAMED = "(?P<other>[^，,。；;0-9（(]{2,8}?)"
COMPARED_OTHER = re.compile(f"比{_OTHER_NAMED}(?:多|少|高|低|贵|便宜)")
# (上 alone is no time: 网上, 线上; 上届, 上次 are)
TIME_WORD = re.compile("[年月季期周日天时]|上[届次轮回一个]|去|前|以往|过去")
# 累计2万册，比首印多了约九成: the earlier level a growth names by its words (not a time's)
GROWTH_OF_NAMED = re.compile(f"(?:{_COMPARED_WITH})(?P<other>[^，,。；;0-9（(的]{{2,8}}?)(?:的[\u4e00-\u9fff]{{1,3}}?)?"
                             f"(?:{RISE_WORDS.pattern}|{FALL_WORDS.pattern}|多|少)了?[^，,。；;0-9]{{0,2}}$")
# 较“十三五”末增长: the time a change is compared with, its base, not its period
BASE_TIME_BEFORE = re.compile(f"(?:{_COMPARED_WITH}|与|相比)[“\"]?$")
COMPARED_TIME_BEFORE = re.compile(f"(?:{_COMPARED_WITH})[“\"]?$")  # 比上半年: a time compared with
TIME_REACHED = re.compile("到|至")  # 到2027年: a time a figure is reached by, never a base
# 去年…货运量，是前年的1.5倍: the time a multiple or a ratio is of, its base, not its period
_RATIO_VERB = "(?:是|为|相当于|达到?)"
RATIO_BASE_BEFORE = re.compile(f"{_RATIO_VERB}$")
# 出口额是前年的139.3%: a level as a share of an earlier time's (masked), a growth of 39.3%
RATIO_TO_EARLIER = re.compile(f"{_RATIO_VERB}(?:上年|去年|前年|同期|上年同期|去年同期|#年)的$")
RATIO_CLAUSE = re.compile(f"{_RATIO_VERB}[^，。；,;0-9]{{1,10}}的$")  # …，是前年的 (its own clause)
TIME_LEAD = re.compile("(?:20[0-9]{2}年|[0-9一二三四五六七八九十]+月份?|第?[一二三四1-4]季度|[上下]半年|[末初底])"
                       "(?:的|为|是|有|达|共|仅|只有)?$")  # “十三五”末仅约500万千瓦
# Between the levels: 增至, 提高到, 下降12.4%至 (the change itself may stand between); a
# clause of its own names its own subject first (营收100亿元，利润增至20亿元: two metrics).
SCALED = re.compile("[十百千万亿兆]")  # 2.8万元: a figure told in a scale word, rounded to it
# (…2.8元，今年业主大会谈下来降到B: a clause opening with the time of the level it reaches)
# (…152.6米，主汛期过后升至B: or with a time after an event, 过后 or 之后)
LEVEL_TO = re.compile("(?:^|[，,])(?:(?:今年|目前|如今|现在|当年|[0-9]{4}年)[^，,；;。0-9]{0,8}?|[^，,；;。0-9]{1,6}?(?:过后|之后|以后|后))?"
                      "(?:同比|环比|比上年|较上年)?(?:[增减降升提扩回下上跌涨达缩压][^，,；;。]{0,10}?)?"
                      "(?:到|至|转为|变为)了?$")  # (由上年的-2.4%转为3.1%)
# 从2020年的A增至2024年的B，四年年均增长X%: a yearly rate over the years between two levels
YEARLY_RATE_LEAD = re.compile("(?:(?P<years>[一二三四五六七八九十两0-9]+)年(?:间|来|内)?)?年均"
                              "(?:增长|增速|增幅|提高|提升|下降|降低|减少|降幅)(?:率)?(?:为|达到?|约)?$")
# 两年累计提高D, 三年来增加D: a change over so many years (of the levels that many years apart)
YEARS_OF_A_CHANGE = re.compile("(?P<years>[二三四五六七八九十两2-9])年(?:来|间|内)?(?:累计|共|合计|一共)?(?:提高|提升|增加|增长|下降|减少|降低|上升)(?:了)?$")
LEVEL_YEAR = re.compile("(?P<year>(?:19|20)[0-9]{2})年(?:底|末)?的?$")  # 2020年的A: the level's year
AGAINST_LAST_YEAR = re.compile("(?:比|较)(?:上年|去年)|同比")  # … a change against the year before
LIST_JOIN = re.compile("[、和及与]|以及")
# 比甲行少, 超越基准, 高于全省: a gap in points named against another's rate
POINTS_AGAINST = re.compile("(?:(?<![同环占])比|较|超越|超出|高于|低于|领先|落后)(?P<other>[^，。；,;0-9%％]{2,8}?)"
                            "(?:高出|高|低|多|少|快|慢|了)*(?:约|近)?$")
_CHANGE_WORDS = f"{RISE_WORDS.pattern}|{FALL_WORDS.pattern}"
CHANGE_NAMES = "涨跌幅|增速|增幅|涨幅|跌幅|降幅|增长率|溢价率|上调幅度|上浮幅度|贬值率|下浮率|上浮率|失重率|降价率"  # what a change is called (比去年9.3%的增速)
GAP_BY_MEASURE = "[高低快慢宽窄长短深浅重轻远]出|[快慢]|[矮胖瘦轻重短窄浅远](?=了)"  # 比旧标准的4.5米宽出了D, 比第二名的48.87秒快了D, 矮了D
PRICE_GAP = "贵|便宜|节省|节约|省下?"  # 每斤贵了, 便宜了: how far a price moved
YIELD_CHANGE = "[增减][产收]"  # 增产3.5万吨, 减收: a harvest's or an income's difference
# 增至2024年, 提高到: a change up to a level or a year (no target year)
CHANGE_WORD_BEFORE = re.compile(f"(?:{_CHANGE_WORDS})$")
# 昼夜温差只有12℃, 落差达86米: a range named, the gap of the highest and lowest told before it
_RANGE_NAMED = "(?:温差|落差|极差|高差|较差)(?:只有|仅|达到?|为|是|约)?$"
RANGE_GAP_BEFORE = re.compile(f"{_RANGE_NAMED.removesuffix('$')}[：:\\s]*$")  # 17～29℃，昼夜温差12℃: a range's width
# 超过警戒水位（29.11米）0.37米, 低于汛限D: a river's height past its mark, named
WATER_MARKS = "警戒|保证|汛限|设防|历史最高"
PAST_MARK = re.compile(f"(?:超过?|超出|高出|低于)(?P<mark>{WATER_MARKS})(?:水位)?达?$")
# An amount said as a difference (比上年多出2.9万人, 减少了16天, 相差约54万人次), no level;
# 相差 and 差距 are the gap of the two levels before them, whatever joins those.
_NAMED_CHANGE = f"{_TEMPERATURE_CHANGES}|减亏|减量"  # 从-7℃升到17℃，升温24℃; 亏损由A收窄至B，减亏D; 由A降至B，减量X%: a change named by what changed
_PRICE_SPREAD = "(?<![收支])(?:价差|差价)为?"  # 峰谷价差D: the gap of the two prices told before
DIFFERENCE_BEFORE = re.compile(f"(?:{_CHANGE_WORDS}|多|少|{_PRICE_SPREAD}|{_NAMED_CHANGE}|{GAP_BY_MEASURE}|{_NOT_BY_HOW_MUCH}[多少][\u4e00-\u9fff](?=了$)|相差|差距为?|差额为?|拉开(?:差距)?|(?:只|仅|还|尚)(?:差|缺)|净增|净减|延长|加深|加宽|加高|拓宽|放量|缩量|{YIELD_CHANGE}"
                               f"|{PRICE_GAP})了?$"  # 每斤贵了D, 便宜了D: a price's difference
                               # 粳稻比籼稻每公斤高0.26元, 比去年同期多蓄0.19亿立方米
                               # (冠军比亚军快了1分15秒: a time's gap, faster or slower)
                               "|(?:比|较)[^，,。；;0-9]{1,12}(?:[高低快慢早晚长短宽窄深浅]|[多少][^，,。；;0-9])了?$"
                               # 超过警戒水位（29.11米）0.37米: a river's height past its mark
                               f"|{PAST_MARK.pattern}"
                               "|(?:领先|落后)[^，,。；;0-9（(]{0,8}$"  # 领先第二名（671环）7环
                               f"|{_RANGE_NAMED}")
EXTREME_BEFORE = re.compile("最(?:高|低|多|少|大|小)$")  # 最低11.92元: a day's extreme, no difference
# 年龄最小的12岁, 最大的58岁: an extreme alone names no metric (whose, of what, is elsewhere)
EXTREME_ONLY = re.compile("(?:年龄|年纪|岁数)?最(?:高|低|多|少|大|小|长|短)的?")
# 高于全国平均水平的79.0岁: another's level set beside this one, no level of its own series
ABOVE_ANOTHER = re.compile("(?:高于|低于|超过|超出|不及)[^，。；,;0-9]{0,10}的$")
# A figure taken away (扣除死库容620万立方米): what is left is the whole an average is of.
DEDUCTED_BEFORE = re.compile("(?:扣除|除去|减去|剔除|去掉)[^，,。；;0-9]{0,8}$")
CONTRAST_NEXT = re.compile("[，,](?:而|但|则)[^，,。；;0-9]{1,10}")  # 鹭湾区A，而星澜区只要B: one set against the other
# After two levels, the words before a change said of them (…，同比增长X%); a clause with a
# subject of its own (…，买卖双方议价幅度多在5%至8%) says something else.
CHANGE_LEAD = re.compile("(?:据(?:介绍|了解|统计|测算)|[\u4e00-\u9fff]{1,4}(?:说|称|介绍|透露))?"  # 村里说增加了60%: who says it
                         # 示范田A，对照田B，示范田增产X%: a level's own subject again, right before its change
                         f"(?P<subject>[\u4e00-\u9fff]{{2,5}}(?=(?:{RISE_WORDS.pattern}|{FALL_WORDS.pattern}|[增减][产收])[了达到为约的]*$))??"
                         f"(?P<name>(?!减量|{CHANGE_NAMES})(?:[\u4e00-\u9fff]{{1,4}}(?:量|额|人数|人次|总数|规模|率)|[\u4e00-\u9fff]{{0,4}}价(?:格|钱)))?"  # …，去年同期为B，开行量翻了一番 (吞吐规模扩大): the amount named
                         f"(?:{CHANGE_NAMES})?"  # …，上年同期为下降B，增速比上年同期提高D: the rate named
                         "(?:[一二三四五六七八九十两半0-9]+个?(?:年|月|季度|天|日|周)(?:间|来|内|时间)?|每[\u4e00-\u9fff])?"  # 三年间翻了两番, 每月少了, 每斤贵了
                         # 算是翻了一番, 实现翻两番 (not 都, 也: each one's)
                         "(?:算是|可谓|可以说|几乎|差不多|基本|正好|恰好|整整|足足|直接|一下子?|一口气|已经|已|实现了?|又|再|还|累计|就|便)?"  # (两年累计提高, 一年就多出)
                         "(?:今年|本年|当年|本月|本期|本届|本赛季)?"  # 今年比去年低了: the later level's time named again
                         "(?:同比|环比|(?:比|较)(?:上年[末底]|去年[末底]|上年|去年|上月|上年同期|去年同期|上年全年|去年全年|上一?届|上一?期|上一?轮|上一?次|上一?批次?|昨日|昨天|前一日|上季度|上赛季|(?:19|20)[0-9]{2}年[底末]?)?"
                         # 由A增至B，是两年前的3倍, 是2020年的4倍多 (or 新增C)
                         "|(?:是|为|相当于)(?:[一二三四五六七八九十两0-9]+年前|(?:19|20)[0-9]{2}年[底末]?|上年|去年|前年)的)?"
                         # 比去年9.3%的增速高出D个百分点: the base's own rate named, then how far above
                         f"(?:的(?:{CHANGE_NAMES}|比重|占比|比例|水平)(?:高出|高|低|快|慢)?)?"
                         # (下降幅度为, 又高了: how far, in other words)
                         f"(?:(?:{_CHANGE_WORDS})(?:的?幅度)?|增幅|涨幅|降幅|多|少|{GAP_BY_MEASURE}|[多少](?![达至])[\u4e00-\u9fff]了?|高出?|低|相差|差距|净增|新增|领先|落后|{_NAMED_CHANGE}|延长|加深|加宽|加高|拓宽|升|{PRICE_GAP}"
                         f"|{YIELD_CHANGE})?(?:了|达到?|为|约|的)*$")
COMPARED_YEAR = re.compile("(?:比|较)(?P<year>(?:19|20)[0-9]{2})年")  # 比2023年增长: the base's year named
# 比2023年提高D，由2023年的A提高到B: a clause opening on the earlier level, right after a change
FROM_LEVEL_OPENS = re.compile("[，,]?(?:由|从)(?:(?:19|20)[0-9]{2}年|上年|去年|前年)?[底末初]?的?")
# 由A增至2025年的B: what lies between an earlier level and the level reached from it
YEAR_NAMED_LEVEL = re.compile("[，,](?:而|在)?(?:19|20)[0-9]{2}年(?:为|是|只有|仅为|仅)?")  # A，2020年为B: an earlier year's level
RISE_OR_FALL_ONLY = re.compile("(?:增长|增加|提高|上升|下降|减少|回落)(?:了)?(?:约|近|超过?)?")  # 较去年的A条增长X%
REACHED_BEFORE = re.compile("(?:降|减|跌|落|缩|压|升|增|涨|提高|下降|上升|回落)(?:至|到)了?$")  # 降至4.18%: a level reached
REACHED_FROM = re.compile("[^，。；;0-9]{0,4}(?:到|至)(?:[0-9]{4}年)?[^，。；;0-9]{0,6}")
# … and 从A，突飞猛进到B, a comma between (2020年A，2024年增至B: the later's year first)
LEVEL_REACHED = re.compile(f"[，,]?(?:[0-9]{{4}}年)?{REACHED_FROM.pattern}")
LEVEL_COMPARED = re.compile("[，,]?(?:比|较)[^，。；;0-9]{0,8}的")  # A，比上年的B: B is last year's A
# GDP目标, 投资计划: a goal's name after the metric's, which the fact's goal flag tells
GOAL_NAMED_AFTER = re.compile("(?:的)?(?:预期|主要)?(?:目标|计划)(?:值)?$")
# 累计涨幅, 增速: a metric that only names a change, not what changed (股价涨了7.49%)
CHANGE_NAME_ONLY = re.compile(f"(?:累计|同比|环比|区间)?(?:{CHANGE_NAMES})")
# 比去年9.3%的增速: a rate named a growth by the words right after it, whatever its kind
GROWTH_NAMED_AFTER = re.compile(f"的?(?:{CHANGE_NAMES})")
# 工业投资增速是全部投资增速的两倍: a multiple of another rate, no growth of a level
OF_A_RATE_BEFORE = re.compile(f"(?:{CHANGE_NAMES}|比重|占比|[率])的?$")
FROM_LEVEL_TO = re.compile("(?:从|由)[^，。；;]{0,12}#[^，。；;]{0,12}(?:到|至)")  # 从A增长到B (masked)
# 增长2倍 is +200%: a growth by so many times, not to so many times (翻一番, 是…的2倍)
GROWTH_BY_TIMES = re.compile("(?:增长|增加|提高|提升|上升|扩大)了?(?:超过|超|近|约|逾)?$")
YEAR_ON_YEAR = re.compile("同比|比上年|较上年|比去年|较去年")
# What a change is measured against: the same time a year before, or the period just before.
ON_PREVIOUS_PERIOD = re.compile("环比|比上月|较上月|比上季度|较上季度|比上周|较上周")
CHANGE_BASES = re.compile(f"{YEAR_ON_YEAR.pattern}|{ON_PREVIOUS_PERIOD.pattern}")
LAST_YEAR = re.compile("上年|去年|上一年")
COMPARED_LAST_YEAR = re.compile(f"(?:比|较|与)(?:{LAST_YEAR.pattern})(?!同期)")  # 比去年下降X%, 与上年相比: of last year's level
MULTIPLE_OF_LAST_YEAR = re.compile(f"{_RATIO_VERB}(?:{LAST_YEAR.pattern})(?:同期)?的$")  # 今年…是上年的3.67倍
# A，上年底为B，比2019年底的C减少X%: a clause of last year's level alone, an aside on A
LAST_YEAR_ASIDE = re.compile("(?:上年|去年|上一年)(?:同期|末|底)?(?:为|是|有|仅为?|只有)")
THIS_YEAR = re.compile("今年|本年")  # 今年这一数字升至B: a level of this year, set against last year's
POINTED_BACK = re.compile("这一|这个|该")  # 去年这一比例为: the rate just told, of last year
WHOLE_YEAR_BASE = re.compile("(?:比|较)(?:上年|去年|上一年)全年")  # 今年1—11月…比去年全年增长X%
# 上届700份, 上月1200户: a time before the article's own, in a level's clause
EARLIER_TIME = re.compile(f"上年|去年|上一年|上月|上季度|上周|前一年|前年|往年|{_PREVIOUS_ROUND}")
# 上月1200户，环比增长…: a level's clause naming only the earlier time it is of
# 与2023年的1592起相比，降幅…: an earlier time's level compared with, its clause closed by 相比
YEAR_BEFORE = re.compile(f"(?:19|20)[0-9]{{2}}年|{EARLIER_TIME.pattern}")  # 而在2020年，这一数字…
COMPARED_TIME = re.compile(f"(?:{_COMPARED_WITH})(?P<time>{YEAR_BEFORE.pattern})")  # 比2023年同期的, 比上年同期增长
COMPARED_ALONE = re.compile(f"(?:与|和|同)(?:{YEAR_BEFORE.pattern})(?:同期)?的?")
COMPARED_CLOSE = re.compile("相比[，,]")
EARLIER_TIME_ALONE = re.compile(f"(?:{EARLIER_TIME.pattern})(?:同期)?(?:为|是|有|共|约)?")
# 增长27.5%。去年同期，这一数字为4.96亿元 / 是2020年的8倍，2020年仅为4800架 / 是平日的2.6倍，
# 平日日均约1.2万人次: the earlier level told right after the change of it, its clause
# naming only that time or thing (and, after a comma, what it is: 去年春运，机场运送旅客)
BASE_TOLD_AFTER = re.compile("[，,。；;（(]\\s*(?:而|但)?在?(?P<name>(?:(?:19|20)[0-9]{2}年)?[^，,。；;0-9]{0,10}?)"
                             "(?:[，,](?:(?:这一|该)(?:数字|数据|指标|数值|规模|数量|比例)|(?P<words>[^，,。；;0-9]{2,10}?)))?"
                             "(?:仅|只|则|还|才)?(?:为|是|有|达|约|只有|仅有)?")
# 。上年这一数字为A; 。去年全市的本科上线率为A: a time and, with no comma, what it names
BASE_TIME_TOLD_AFTER = re.compile(f"[，,。；;]\\s*(?:而|但)?在?(?P<name>{YEAR_BEFORE.pattern})(?:同期)?的?"
                                  "(?:(?:这一|该)(?:数字|数据|指标|数值|规模|数量|比例)|(?P<words>[^，,。；;0-9]{2,10}?))"
                                  "(?:仅|只|则|还|才)?(?:为|是|有|达|约|只有|仅有)")
# 是2020年的8倍, 相当于去年同期的92.4%, 是平日的2.6倍: the earlier time or the other thing a
# multiple or share is of
EARLIER_NAMED = re.compile("(?:是|为|相当于|比|较)(?P<name>[^，,。；;的]{2,6}?)(?:同期)?的$")
# A change's figure is the amount changed (降低15%, 缩短了20分钟) or, with 至/到/为, the
# level reached (降至原来的15%, 缩短至20分钟), read at the figure (masked text).
CHANGE_REACH = re.compile(f"(?P<words>(?:{_CHANGE_WORDS})了?(?P<to>至|到|为)?了?)"
                          "(?:(?:原来|原先|以前|此前|过去)的)?(?:约|近|仅|只有|只)?$")
# What a frequency counts per (每周巡河不少于3次): 周 and 星期, 天 and 日 are one.
PER_PERIOD = re.compile("每个?(?P<period>年|季度|月|周|星期|天|日|小时)")
PER_PERIOD_SPELLINGS = {"星期": "周", "日": "天"}
# The scope a share is of, named after 占 or 为 (占全国份额超过50%, 仅为全市四分之一, 只有全市的四分之一).
SHARE_SCOPE = re.compile("(?:占|为|是|仅|有|相当于|约|[只仅不]及)(?P<scope>全国|我国|全球|世界|全世界|全省|我省|全市|我市|本市|全区|全县)")
SCOPE_SPELLINGS = {"我国": "全国", "世界": "全球", "全世界": "全球", "我省": "全省", "我市": "全市", "本市": "全市"}
SHORT_OF_BOUND = re.compile("(?:还|尚|仍)差了?$|超出了?$")  # 不低于30%…，还差4.8个百分点: short of a floor
GAP_AGAINST = re.compile("[比较与距]|目标|平均")  # 与全国平均水平相差, 比去年差了: a gap from a level not told
# 亩产分别为A、B和C，最高与最低相差D: the gap of the extremes of the levels listed
EXTREMES_APART = re.compile("最(?:高|大|多|长|快)[的者]?(?:与|和|同|跟|比)最(?:低|小|少|短|慢)[的者]?(?:相差|差距|之差|相比|多|高)")
TWO_NAMED = re.compile("(?P<x>[\u4e00-\u9fff]{1,2})[、和与](?P<y>[\u4e00-\u9fff]{1,2})两")  # 早、中两班拉开D: which two a gap is of
SPREAD_BEFORE = re.compile(f"(?:相差|差距为?|差额为?|差值为?|之差为?|拉开(?:差距)?|{_PRICE_SPREAD}|(?:只|仅|还|尚)(?:差|缺))了?$|差了$|{_RANGE_NAMED}")  # 41个…占39个，只差2个
# 甲849.50亿元，乙848.71亿元，前者高出0.79亿元: the gap of the only two levels told before
# 女性考生比男性考生多888人: both levels named, either side of 比
# 数学比上学期的108分: a clause opening on what it tells of, then 比 and the level it is compared with
SUBJECT_THAN_BASE = re.compile(f"^(?P<subject>[\u4e00-\u9fff]{{2,8}}?)(?:{_COMPARED_WITH})[^，。；,;0-9比较]{{0,8}}的$")
ONE_THAN_OTHER = re.compile(f"(?P<one>[\u4e00-\u9fff]{{2,8}}?)(?:(?P<ahead>领先|落后)|比|较){_OTHER_NAMED}"  # (冠军领先亚军D)
                            "(?(ahead)|(?:[多少高低快慢早晚远]|贵|便宜)(?:出|了)?)$")
# 网约车A单，出租车B单，网约车多出D单: one of two levels just told, more than the other by D
ONE_MORE_THAN_OTHER = re.compile(f"^(?P<one>[\u4e00-\u9fff]{{2,8}}?)(?:多出|高出|超出|多|少|高|低|{GAP_BY_MEASURE}|{PRICE_GAP})了?$")
FORMER_OF_LATTER = re.compile("前者(?:是|为|相当于)后者的$")  # 前者是后者的近6倍: the first of two over the second
FORMER_LATTER_BEFORE = re.compile("(?:前者|后者)(?:比(?:前者|后者))?[多少高低长短宽窄深浅重轻快慢](?:出|了)?$")
# An average of a total over a count: 人均, 户均, 亩产, 平均每名选手, 单店平均 (the count's
# measure word or noun follows 每 or 单); 日均 and 月均 over the days or months stated
# (3天成交5.4亿元，日均1.8亿元; 年均 is a yearly rate more often than a mean). 每辆补贴2万元
# alone is a rate set, not an average.
# 甲班48人平均112.4分，乙班36人平均98.6分，两班合计平均106.5分: the groups' averages pooled,
# each weighed by its count (not the mean of the averages)
GROUP_AVERAGE_BEFORE = re.compile("(?:平均|均价|[生次人户]均)[^，。；,;0-9]{0,8}$")
POOLED_AVERAGE_BEFORE = re.compile("(?:合计|总体|整体|全体|全[县市区校省镇]|两[个项家所社镇院班]?[^，。；,;0-9]{0,4}?合计|两部分"
                                   "|^两[校班店厂组队][^，。；,;0-9]{0,4}?(?=平均))"
                                   "[^，。；,;0-9]{0,10}?(?:平均|均价|[生次人户]均)[^，。；,;0-9]{0,8}$")
PER_HEAD_BEFORE = re.compile("(?P<word>人|户|亩|日|月|场|[生班校村店车队次套家台辆件社站馆园所](?=均))(?:均|产)[^，。；,;]{0,10}$"  # (班均, 次均, 套均)
                             # (每轮平均约6分钟: the 每 word before 平均 too; 折合每节: told as a share-out)
                             "|(?:平均每|折合每|折算每|(?:分摊|摊)到?每|每(?=[^，。；,;0-9]{1,4}?平均))(?P<each>[^，。；,;0-9]{1,4}?)[^，。；,;]{0,8}$"
                             "|单(?P<single>[^，。；,;0-9])(?P<noun>[^，。；,;0-9]{0,4}?)平均[^，。；,;]{0,8}$"
                             # 3860票…单票货值: per one of a count's things (单日, 单季 and 单笔最高 are one's; 单位 is a body)
                             # (8400单、: orders counted, no 单 of one)
                             "|(?<![0-9０-９])单(?P<per>[^，。；,;、0-9日月年季周天时期次笔位])(?![^，。；,;]*[最峰])[^，。；,;0-9]{0,6}$"
                             "|^每个?(?P<bare>[^，。；,;0-9个]{1,2})$"  # 分成4组，每组约12人; 编为6个连队，每个连队 (PARTITION_BEFORE)
                             # 12亩…一共卖了21.6万元，每亩收入A: what each yields, of the total
                             "|每(?P<yield>亩|户|人|家|头)(?:收入|产值|产量|利润|增收|纯收入)(?:约|为|达到?|是)?$"
                             "|平均(?P<score>得?分|成绩)(?:约|为|达到?|是)?$")  # 平均分为89.8分: a head's score
# …per a time as well (人均月工资, 平均每块场地每天): a month's or a day's average, no share of
# the total the count divides
# …or per one of a count before it (每站日均约25人次, 单店日均): a day's average of one, no
# total over the days
PER_ONE_BEFORE = re.compile("(?:每个?|单)[\u4e00-\u9fff]{1,3}$")
EACH_MEASURE = re.compile("每个?([^，。；,;0-9个])")  # 每间每晚: the second 每's measure word
EACH_MONTH = re.compile("每个?月(?:发放|领取|补贴|补助)?")  # 人均每月960元: so much a month
A_YEARS_TOTAL = re.compile("(?:去年|上年|全年|(?:19|20)[0-9]{2}年)(?:全年|度)?[，,]")  # 去年，…: a sentence of a year's figures
PER_TIME_TOO = re.compile("^[月日](?![饼用历记报光])|每个?(?:月|日|周|天|小时)")  # (人均天然气 is no day's)
# 东苑1200小时，西苑800小时，…合计: an item named in up to six characters after a comma is the next of a list
NEXT_LINE_ITEM = re.compile("[；;，,]?[ \t\u3000]*\n[ \t\u3000]*[^：:\n，,。；;0-9]{1,6}[：:](?P<words>[^\n]*)")  # ；⏎回程：运行
ITEM_KINDS = frozenset("费款税金")  # 物业服务费A，生活垃圾处理费B: the kind an item list's names end on
NEXT_ITEM = re.compile("[，,](?:再?加上|以及|还有)?(?:[0-9]{1,2}月份?[\u4e00-\u9fff]{0,6}|[A-Z]{0,2}[\u4e00-\u9fff]{1,6})")  # ，8月份, ，再加上酒水
EACH_AFTER_ITS_COUNT = re.compile("[，,。]?每[^，。；,;0-9]{1,4}")  # 36万桶，每桶18.9升: an each right after its count
# 120所学校每校配备2名…，共配备240名: so much for each of a count, and their total after it
ANOTHER_COUNT_NOTED = re.compile("[（(][^）)0-9]{0,6}[0-9一二三四五六七八九十两]+[^）)0-9]{0,3}[）)]")  # 3天（住宿2晚）
# (每个造价3200元: what each costs, no noun 个 counts)
_EACH_COSTS = "造价|价格|售价|单价|成本|费用|补贴|补助"
PER_ITEM_BEFORE = re.compile(f"(?<![平均])每(?P<each>[^，。；,;0-9个]|个(?!{_EACH_COSTS})(?P<noun>[^，。；,;0-9]{{2}})|个(?={_EACH_COSTS}))"
                             "(?!.*(?:限|最|上限|可|不超过|不少于|不低于|至少|至多))(?:每[^，。；,;0-9每])?"  # (每人每年…)
                             "(?:[^，。；,;0-9]{0,6}|[^，。；,;0-9每]{7,8})$")
# A group told as a part of a larger one (新增的民宿中有31家, 配备母婴室的有196座, 需要退税的
# 142.3万人, 其余64.7万人): no count that an average of the whole is per
PART_COUNT_LEAD = re.compile("的(?:有|共有)?$|中有$|(?:其余|剩余|余下|剩下|其中)")
REST_OPENS = re.compile("(?:其余|剩余|余下|剩下)(?:部分)?")  # …占总投资四成；其余2.8亿元: the rest of that whole
PARTS_OPENED_AFTER = re.compile("[，,]?其中")  # 问卷312份，其中…: the parts of that very count
# A unit price (按单价约1.9万元测算, 运价18.5元/公斤) and the money it makes of a quantity
# told before it, named right after (年销售收入, 月运费)
UNIT_PRICE_BEFORE = re.compile("(?:单价|售价|出厂价|运价|收购价|票价|均价|成交价|收盘价|股价|零售价|批发价)(?:为|是|约|达)*$")
# … or a price per a measure told before it (收购价为每公斤42元, 每吨收购价2860元, 按每千瓦时;
# 每平方米每月租金44.7元: a rent or a fee named after its measure)
PRICE_PER_BEFORE = re.compile("每(?P<per>[\u4e00-\u9fff]{1,3}?)(?:[^，。；,;0-9]{0,5}(?:价格?|租金|[\u4e00-\u9fff]费))?(?:为|是|约|达)*$")
# 医护比1:1.45, 生师比16.5:1, 床护比15:1: a ratio named by a character of each of its terms,
# told before it (医师2340人、注册护士2860人); 性别比 is men to a hundred women
# (助攻失误比: terms of two characters each; 城乡居民收入比: the terms' incomes; 流动比率)
TERMS_RATIO_BEFORE = re.compile("(?P<first>[\u4e00-\u9fff]{1,2}?)(?P<second>[\u4e00-\u9fff]{1,2}?)"
                                "(?:居民)?(?:人均)?(?:可支配)?(?:收入|消费支出|消费)?(?:比例|比率?)"
                                "(?:高达|达到?|为|是|约为?|降至|升至|缩小至|扩大至)?$")
# 出口与进口之比约3:1: the terms joined; 两者之比: the two figures right before
TERMS_JOINED_RATIO = re.compile("(?:(?P<first>[\u4e00-\u9fff]{1,4}?)(?:与|和|同)(?P<second>[\u4e00-\u9fff]{1,4}?)|(?P<both>两者|二者)(?:数量|人数|规模)?)"
                                "之?比(?:例|值)?(?:为|是|约为?|达到?|接近|近)?$")
# (each term a pattern its figure's words hold: 投入537万元，带动消费2880万元，投入产出比)
RATIO_TERMS = {"性别": ("男", "女"), "城乡": ("城", "农"), "流动": ("流动资产", "流动负债"),
               "投入产出": ("投入", "收入|产出|产值|带动")}
RATIO_COLON = re.compile("[:：]|(?<=[零〇一二两三四五六七八九十百千万])比(?=[零〇一二两三四五六七八九十百千万])")  # (1:18, 一比十八)
# 公办幼儿园…3.64万人，全市在园幼儿5.82万人: a whole told after its part by the scope it covers
WHOLE_SCOPE_LEAD = re.compile("^(?:全[市县区省镇乡校国]|全部|总|共)")
ONE_TO = re.compile("^(?:约|近)?(?:1|一)(?:[:：]|比)")  # 1:1490, 一比十八: a ratio told per one of the first term
RATIO_TERM_NUMERALS = re.compile("[零〇一二两三四五六七八九十百千万点]+")
# 泊位与汽车之比约为1:3.2, 在职与离退休人员之比（抚养比）为: a ratio of the two things it names
RATIO_OF_TWO = re.compile("(?P<a>[\u4e00-\u9fff]{2,8}?)(?:与|和|同)(?P<b>[\u4e00-\u9fff]{1,8}?)(?:数量|人数|数)?(?:之|的)?比"
                          "(?:例)?(?:约为?|为|是|达到?|约|仅为?)?$")
# 按审查通过人数计算，报录比为: what a ratio is reckoned by, in place of its named term
RECKONED_BY = re.compile("按(?P<basis>[^，。；,;0-9每]{2,10}?)(?:人数|数量|数)?(?:计算|计)")
# 各买了3件, 每件199元, 共T: a count each of a group has, which a total counts for all of them
EACH_OF_GROUP_BEFORE = re.compile("各[^，,。；;0-9]{0,3}$")
# 买三送一, 寿星不出钱, 因伤缺席6场: some of those counted pay or play nothing, so which count
# an average (单价, 每位, 场均) is over is not the one told
LEFT_OUT_OF_AVERAGE = re.compile("买[0-9一二两三四五六七八九十]+[送赠][0-9一二两三四五六七八九十]+|买赠|第二件半价"
                                 "|不出钱|不付钱|免单|缺席|缺阵|缺赛|伤停|未出场|不计入?|不算|未参加|没参加|请假|轮空")
MEASURE_OF_SIZE = re.compile("面积|体积|容积")  # 12英寸饼面积2.25倍于8英寸: a multiple of what sizes make, no ratio of them
# 投入8万元，纯收益20万元，投入产出比1:3.5: a gain net of the outlay, whose output is the two together
NET_GAIN = re.compile("(?:纯|净)(?:收益|收入|利润?|赚)")
# 原价每台5800元，按九折成交，合计T: a price cut between a price and the total paid
PRICE_CUT = re.compile("[一二三四五六七八九]五?折|打折|折扣|优惠|减免|让利|半价")
# 总额86.4万元，按1200名股民平均分配，每人可分到A (12个人AA…一共B，每人摊了C; 由3人平均分担，
# 每人需赔偿C): a total shared out evenly, so much each
# 车上19人，两位教练不出钱，…由其余人均摊: shared by those a count left out, untold
SHARED_BY_THE_REST = re.compile("(?:其余|其他|剩下|剩余|余下)的?[^，。；,;0-9]{0,3}(?:平均|均摊|平摊|分摊|均分|平分)")
# 总额3000万元，分6期发放，每期500万元: a total paid in so many equal instalments (a loan's
# repaid with interest, unless said free of it)
INSTALMENTS = re.compile("分(?P<count>[0-9]{1,3}|[两二三四五六七八九十]{1,3})(?P<each>期|次|批|个月|年)"
                         "[\u4e00-\u9fff]{0,4}[，,]\\s*每(?P=each)[\u4e00-\u9fff]{0,4}$")
WITH_INTEREST = re.compile("还款|贷款|按揭|利息|利率|分期付款|手续费")
INTEREST_FREE = re.compile("免息|无息|零利率|0利率")
SHARED_OUT = re.compile("平均(?:分配|分给|分发|发放|资助|补助|奖励|分担)|平分|均分|分摊|平摊|均摊|AA")
EACH_GETS_BEFORE = re.compile("每(?P<per>[\u4e00-\u9fff])(?P<verb>[\u4e00-\u9fff]{2})(?:约|为|是)?$")  # 每亩补贴
EACH_SHARE_BEFORE = re.compile("每个?[\u4e00-\u9fff]{1,3}?(?:可|能|需|要|应)?(?:分到|分得|得到|获得|可得|赔偿|承担|支付|负担)?(?:约|为|是|合)?$")
# 月租金3800元，一年下来房租…: a month's money (rent, pay, a fee) and a year's of it after
# (每人每月发放交通补贴450元: what is given each month, named after 每月)
MONTHLY_BEFORE = re.compile("(?:月租金?|月薪|月工资|月收入|月费用?|月供|每月)(?:为|是|约|达到?)?$"
                            "|每月(?:发放|补贴|补助|支付|缴纳|领取|给予)[^，。；,;0-9]{0,8}$")
A_YEAR = re.compile("一年|全年|每年|一整年")
NOT_PAID = re.compile("免[租费交缴]|减免|不[用需]交")  # 首月免租: months of a year not paid for
EACH_OF_A_COUNT = re.compile("每(?!个?月)[\u4e00-\u9fff]")  # 每人每月100元: so much for each of a count
# A table's column of shares of one whole (linking.columns): its header, and the rest's row or
# a title naming the whole's make-up that tells the rows make all of it
SHARE_COLUMN = re.compile("占比|比重|构成|份额|结构")
REST_ROW = re.compile("其[他它余](?:类|产品|行业|方式|渠道)?")
WHOLE_SPLIT_TITLE = re.compile(_MAKE_UP)  # (a table's title: 结构, 构成)
# 六部连映，总片长125分钟; 五部短片平均片长约22分钟: a count, then a total or an average named
# by the label its items were told under (linking.labelled)
LABELLED_SUMMARY = re.compile("(?P<count>[一二三四五六七八九十两0-9]+)(?:个|部|位|名|家|场|项|支|所|座|款|种|门|期|档|件)"
                              "[^。；;0-9]{0,10}?(?:(?P<average>平均)|总)(?P<label>[\u4e00-\u9fff]{2,3}?)"
                              "(?:为|是|约|达到?)?$")
# 以上五项小计69420元 on a line of its own: its lines above sum to it (linking.items)
# … or a numbered (or dashed) line of its own, or a bare one, naming what it sums up (3. 客房小计81960元,
# ④餐费总计T)
LINES_RECAP = re.compile(f"[ \t\u3000]*(?:{_LINES_RECAPPED}[^，。；;0-9]{{0,6}}?"
                         "(?:小计|合计|共计|总计|总价|总额)|(?:[0-9]{1,2}[.．、]\\s*)?[^，。；;0-9：:\\s]{0,6}小计"
                         "|(?:[0-9]{1,2}[.．、]|[①-⑳—·•●▪◆])\\s*[^，。；;0-9：:\\s]{0,6}(?:合计|共计|总计))"
                         "(?:为|是|约|达)?[：:]?[ \t\u3000]*")
# …计800元；加班费合计1480元: a clause a semicolon opens, its few words a total's (linking.items);
CHARGE_NAME = re.compile("(?P<name>[\u4e00-\u9fff]{1,2})(?<![减免退少省])费(?:为|是|约|共|合计|计)?$")  # 排版费960元: the charge by name
ITEM_PART_OPENING = re.compile(f"(?:{PARTS_OPENER.pattern}|[，,](?:内?含|包括))")  # …计6200元，含应急灯…计3200元
EACH_OR_RECAP_LEAD = re.compile("每|小计|合计|共计|总计")  # (每人500元；以上小计15000元: no clause's own amount)
# 本金合计T after lines 第一笔：本金A… ⏎ 第二笔：本金B…: a label's total (linking.labelled)
TOTAL_CLAUSE = re.compile("[ \t\u3000]*(?P<label>[^，。；;,0-9：:\\s]{0,6}?)(?:合计|共计|总计)(?:为|是|约|达到?)?[：:]?[ \t\u3000]*")
# ③优惠合计: the thing a recap names, if any; 小计, 计: a line's amount told as its subtotal
RECAP_NAMED = re.compile("(?P<named>[\u4e00-\u9fff]+?)(?:小计|合计|共计|总计|总价|总额)")
SUBTOTAL_LEAD = re.compile("(?:小计|^计|合计)$")
# (a line a dash or a dot opens is a list's item too: —垸口镇 864户)
ITEM_NUMBERED = re.compile("(?:[0-9]{1,2}[.．、)）]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳]|[—·•●▪◆])")
ITEM_OPENING = re.compile(f"\\s*(?:{ITEM_NUMBERED.pattern}|第[一二三四五六七八九十0-9]{{1,3}}[\u4e00-\u9fff]?[：:])")  # (第一笔：)
# 每天120份, 每晚460元, 每份每月3元: a rate for each day (night, week, month, year) of a
# period, of each of a count too (linking.periodic)
RATE_PER_TIME = re.compile("(?:每(?P<each>[\u4e00-\u9fff]))?每个?(?P<time>天|日|月|晚|夜|周|星期|年)[\u4e00-\u9fff]{0,4}$")

# 日均, 折合每天: an average of a period's total for each day (or a rate told again so);
# 按每月30天计: the document's own reckoning of a time in a shorter
# 日均实销62份, 日均用流量1.6GB: a daily average named by what it counts, told in the
# period's total by those words (实销384份) above it
NAMED_PERIOD_AVERAGE = re.compile("(?P<time>[日月周])均(?P<act>[\u4e00-\u9fff]{1,4}?)(?:量|数)?(?:为|达|约)?$")
PERIOD_AVERAGE_BEFORE = re.compile("(?:(?P<time>[日月周])均|(?:折合|合|平均(?:下来)?|算下来|即)每个?(?P<per>工作日|天|日|月|周|晚))约?$")
RECKONED_AS = re.compile("按每个?(?P<long>月|年|周|天|日)(?P<count>[0-9]+)个?(?P<short>工作日|天|日|周|月)计")
# A charge at a rate of its base (linking.charges): the rate's name before or after it, and
# the charge's before it (not 利率: interest runs with the time lent)
_CHARGE_RATES = "税率|征收率|费率|佣金比例|佣金率|手续费率|服务费率|提成比例"
CHARGE_RATE_BEFORE = re.compile(f"(?:{_CHARGE_RATES}|(?:加计|另计|计取|缴纳)(?:增值税|税金|税费|管理费|规费))(?:为|是|按|约)?$")
CHARGE_RATE_AFTER = re.compile(f"的?(?:{_CHARGE_RATES})")
CHARGE_NAMED_AFTER = re.compile("的?(?:增值税|消费税|所得税|印花税|税费|税金|服务费|手续费|佣金)")  # 含13%增值税: a charge's rate
# A rectangle's sides and its area (linking.areas): 宽35厘米、高24厘米，面积840平方厘米 (not a
# floor area, 建筑面积, of so many storeys)
SIDE_BEFORE = re.compile("(?P<side>边长|长|宽|高|进深|面宽)度?(?:为|是|约|达)?$")
AREA_BEFORE = re.compile("面积(?:为|是|约|达到?|共|计)?$")
FLOOR_AREA = re.compile("建筑|使用|展览|展出|经营|营业")
LENGTH_UNITS = {**{unit: float(UNIT_FACTORS[unit]) for unit in sorted(UNIT_DIMENSIONS["length"])},
                "分米": 0.1, "厘米": 0.01, "毫米": 0.001}  # in metres (a drawing's and an ad's too)
AREA_UNITS = {**{unit: float(UNIT_FACTORS[unit]) for unit in sorted(UNIT_DIMENSIONS["area"])},
              **{f"平方{unit}": metres ** 2 for unit, metres in LENGTH_UNITS.items() if not unit.isascii()}}
# Simple interest (linking.interest): 本金50000元，存期3年，年利率2.1%，到期利息3150元 (not 多得利息,
# a difference, nor 年均利息, a year's)
INTEREST_BEFORE = re.compile("(?<![多少差均])(?<!多得)(?<!少得)(?<!多付)(?<!少付)利息(?:收入)?(?:为|是|约|共|合计|计|可得|可获得?)?$")
PRINCIPAL_BEFORE = re.compile("(?:本金|存入|存款|贷款|借款|借入|定存|存)(?:金额|额)?(?:为|是|共)?$")
YEARLY_RATE_BEFORE = re.compile("(?:年利率|年化利率|年息|(?<![月日])利率)(?:为|是|按)?$")
TERM_BEFORE = re.compile("(?:存期|期限|借期|为期|定存|存)(?:为|是)?$")
TERMS_A_YEAR = {"年": 1.0, "个月": 12.0, "月": 12.0}  # a term's unit, so many to a year
NOT_SIMPLE_INTEREST = re.compile("复利|等额|月供|利滚利|每月还|按月还|按月付息")
FEE_RATE_BEFORE = re.compile("费率(?:为|是|按)?$")  # 费率0.3%，保价费T: any fee the rate names
CHARGE_BEFORE = re.compile("(?<![减免退少省])(?:税额|税款|税金|保险费|保费|手续费|服务费|佣金|提成)(?:为|是|约|共|合计|计)?$")
# 每班48人，选课共144人: a word or two then 共 sums an each of no act (not 全校共, a wider whole,
# nor 每期共, an each of its own)
# what one each holds or comes to (每亩折纯氮3.75公斤, 每袋含氮7.5公斤): no other item
EACH_CONTENT = re.compile("每[\u4e00-\u9fff]{1,2}?(?:折合?|含有?)[\u4e00-\u9fff]{0,6}$")
# the whole group a per-head figure is of, or the plot a per-亩 one, summed (每人20公斤，
# 全团共360公斤; 每亩8公斤，全块共52公斤; not 全季共56场)
WHOLE_GROUP_SUM = re.compile("全(?:团|队|班|组|家|村|连|排|营|校|厂|院|所|系|部|户|员|块|片|田|园)(?:当日|当天|每天|每日)?"
                             "(?:共计?|合计|总共|一共|(?:共|一共)?(?:用|需|耗|消耗)[\u4e00-\u9fff]{0,2})")  # (全园当日用米)
SHORT_SUM_LEAD = re.compile("(?![全总每])[\u4e00-\u9fff]{1,3}共(?:有|计)?")
# 黄油用量为面粉的50%, 糖占碳水化合物的九成: a share naming its part and its whole (two things told before)
TERMS_OF_SHARE = re.compile("(?P<part>[\u4e00-\u9fff]{1,6}?)(?:用量|数量|重量|含量)?(?:约为|仅为|只有|为|是|相当于|约?占)"
                            "(?P<whole>[\u4e00-\u9fff]{2,6}?)(?:用量|数量|重量)?的$")
# 为2860名老人每月发放补贴150元: given each month to each of the count it is given to
GIVEN_TO_EACH = re.compile("[为给向][^，。；,;0-9]{0,4}[0-9.万]+(?:名|位|人|户)[^，。；,;0-9共]{0,10}每月(?!共|合计|总)")
# 一学期共需4500元: what a total of so much each is spent or taken on, in any words
PAID_IN_ALL = re.compile("需要?|要|花费?|支付|缴纳|可?收取|可?收入|投入")
# 每小时35元，干满6小时可拿到210元: what so much each earns in all
EARNED_BEFORE = re.compile("(?:可|能|就能|一共|共)?(?:拿到|得到|挣到?|赚到?|领到|领取|获得)$"
                           # (每亩120元补贴，…2.9万亩，需安排补贴资金348万元: what paying it all takes)
                           "|(?:需要?|共需|应)(?:安排|拨付|发放)[\u4e00-\u9fff]{0,6}$"
                           # (每人每年发放津贴A，全年津贴支出T: what was paid out in all)
                           "|(?:全年|一年|共|累计|合计)[\u4e00-\u9fff]{0,4}(?:支出|发放|拨付)(?:资金|金额)?(?:为|达到?)?$")
PAID_IN_PARTS = re.compile("押[一二两三0-9]付[一二两三四六0-9]")  # 押一付三: the first payment of a lease, no year's rent
PRICED_TOTAL_BEFORE = re.compile("(?:(?<!可支配)收入|销售额|营收|产值|[\u4e00-\u9fff]费(?:支出)?|费用|货款|(?:收购|采购|购置|购买|价)款|总价|金额|总额|租金|成本|市值|花费|花了|补贴|补助|奖补)"
                                 "(?:就|为|是|约|达到?|了|合计|共计|共)*$")  # (门票收入就达到了T, 门票费用共T)
PERIOD_CHARACTER = re.compile("[年月日周天]")  # 年产…年销售收入, 每月空运…月运费: one period each
# A count a whole is split into (36名…分成4组): a bare 每组 after it is their average.
# 统计区间：6月1日至6月15日 heading a form: the days its 本期 (合计, 累计) figures are of
PERIOD_RULED = re.compile("(?:统计|结算|计费|核算|考核|记账)(?:区间|期间|周期|时段)[：:]")
WHOLE_PERIOD_BEFORE = re.compile(f"(?:本期|期内|{PERIOD_TOTAL.pattern})[\u4e00-\u9fff]{{0,4}}[：:\\s]*$")
WORKING_DAYS = re.compile("工作日|营业日|开放日|开馆日")  # 日均 over working (open) days, not the calendar's
# (…36人，分4个组; 36名学生分3批; 分给8个班, 分植12条道路)
PARTITION_BEFORE = re.compile("(?:分成|分为|编成|编为|划分为|^(?:平均)?分(?:给|到|配给?|配到|植|栽|装|发给?)?(?:在|到)?"
                              "|[0-9０-９][\u4e00-\u9fff]{1,4}分)$")
# A level of another kind beside a metric's levels: an average (日均8.64万人次) or a goal
# (下达的80%的目标); two levels of the metric may stand either side of it.
AVERAGE_LEAD = re.compile("[日月年人户场店]均|平均")
# … and one of so many heads or shows (场均观众约1149人次), no term of a quotient of totals (a
# year's, 家庭年均可支配收入, may be one)
HEAD_AVERAGE_LEAD = re.compile("[场人户店次]均")
GOAL_AFTER = re.compile("的?(?:目标|预期|计划)")
# The measure words a count of the 均 word is written in (人均: 31名家庭医生; 户均: 64家企业).
PER_HEAD_UNITS = {"人": ("人", "名", "位"), "名": ("人", "名", "位"), "位": ("人", "名", "位"), "生": ("人", "名"), "户": ("户", "家"), "亩": ("亩",), "日": ("天", "日"),
                  "月": ("个月", "月"), "场": ("场", "场次", "轮"), "班": ("班", "班次", "架次", "趟")}
# 游客63.2万人次…人均消费约570元: money a head is money a visit, where visits are counted
PER_HEAD_VISITS = {"人": "人次"}
PER_PERSON = frozenset("人生户")  # 每生每年: per one of a group of people (their count, PER_HEAD_UNITS)
MULTIPLE_OF_THIS = re.compile("[）)]?的")  # （2.4亿元）的30倍: the level a multiple is of
MULTIPLE_SUBJECT = re.compile("[^，。；,;、0-9]{2,}(?:是|为|相当于)[^，。；,;]*$")  # 募集额是2020年…
BASE_OF_MULTIPLE_AFTER = re.compile("[）)]?的(?:约|近|超|逾)?[0-9０-９.．一二三四五六七八九十两]+倍")  # 420万元的3倍
MULTIPLE_OF_YEAR = re.compile(f"{_RATIO_VERB}(?P<year>(?:19|20)[0-9]{{2}})年(?:底|末)?的$")  # 是2020年的6.5倍
MULTIPLE_OF_NAMED = re.compile(f"{_RATIO_VERB}(?P<x>[^，。；;的0-9]{{2,10}})的$")  # 是首期的3倍
DONE_VERB_AFTER = re.compile("(?:完成|实现)$")  # 上半年累计完成: what is done is named before
LEVEL_VERB_AFTER = re.compile("(?:为|达到?|是|有|共计|共|约|合计|累计)+$")  # 出口额为: 出口额
# 比上届多出近一倍, 比去年多卖了一倍: by how much more, a change (多了 and 多卖了 too)
MORE_BY = re.compile("(?:多出|高出|多|多[\u4e00-\u9fff]?了)$")
EXCEEDS_LEAD = re.compile("超过|超出|高出|多出")  # 超过标准（A）0.53倍: a clause opened so tells the excess
# 增长了6.2倍, 多卖了一倍: the ratio less one
GROWTH_BEFORE = re.compile(f"(?:{RISE_WORDS.pattern})了?$|{_NOT_BY_HOW_MUCH}{MORE_BY.pattern}")


# --- small sets the extractor's rules test -------------------------------------------

# The capital numerals of a written-out amount (壹万伍仟元): one standing alone is a
# character of a word (登陆本省, 大陆, 队伍, 肆虐, 收拾), no figure.
CAPITAL_DIGITS = frozenset("壹贰叁肆伍陆柒捌玖拾貳參陸")
# Share cues too weak to make a share alone (…的30%, 其中…, 之一, 比).
WEAK_SHARE_CUES = frozenset(("的", "其中", "之一", "比"))
# A number followed by these is a date or a time (5月, 24日, 11时), not a quantity.
DATE_AFTER = ("年", "月", "日", "号", "时")
# Units after which 一 and 二 are figures, not the article 一 (一倍, 二成, 一成二, 一个百分点).
UNITS_COUNTING_ONE = ("倍", "成", "个百分点")
# 周 followed by these is a word (周年, 周边, 周期, 周末), not the unit "week".
WEEK_WORDS_NEXT = ("年", "边", "期", "末")
# Prepositions after which a one-character verb still introduces a figure (定在, 控制到).
FIGURE_PREPOSITIONS = ("在", "到", "至", "上")

# Units whose values are written with a scale word when large (2215.5亿元, 5000万人次).
SCALED_UNITS = frozenset(("元", "美元", "欧元", "日元", "英镑", "港元", "千瓦", "千瓦时", "人次", "吨",
                          "辆", "人", "户", "套", "条", "个", "家", "平方米", "亩", "标箱", "亿"))

# --- generated text for the speed benches: what they vary ------------------------------

BENCH_UNIT_FAMILIES = [["元", "美元"], ["家", "个", "名", "位", "项", "件", "条", "套", "辆", "台", "人"],
                       ["千瓦", "吨", "人次"], ["%"], ["倍"], ["个百分点"], ["天", "年", "分钟"]]
BENCH_HEDGES = ["", "", "", "近", "约", "超过", "逾", "不足", "突破", "超"]
BENCH_SUFFIX_HEDGES = ["", "", "", "左右", "以上"]
BENCH_SCALES = ["", "", "万", "亿", "万亿"]
BENCH_SCALED_UNITS = ("元", "美元", "千瓦", "吨", "人次")


# --- the generator's retellings (linking/planting.py) --------------------------------------

# A unit swapped for one of its dimension's (the generator's unit_changed)
CONVERSIONS = {"吨": "公斤", "公斤": "斤", "公里": "米", "公顷": "亩", "亩": "平方米", "平方公里": "公顷"}  # planted
UNIT_SWAPS = {"家": "人", "人": "家", "名": "家", "条": "人次", "人次": "条", "项": "件", "件": "项",
              "台": "辆", "辆": "台", "千瓦": "千瓦时", "千瓦时": "千瓦", "分钟": "秒", "秒": "分钟",
              "小时": "分钟", "天": "小时", "吨": "千克"}
SCRIPT_SPEAKERS = ("画外音：", "主持人：", "记者：", "答：", "解说：")  # who speaks a line of a script
RETELLING_LEADS = ("", "据统计，", "记者了解到，", "数据显示，", "据介绍，")
RETELLING_VERBS = (("实现", "完成"), ("达到", "为"), ("达", "为"), ("共计", "共"),
                   ("同比增长", "比上年同期增长"), ("累计", "共"), ("突破", "超过"))

# --- what a claim is about (context.py) ------------------------------------------------
# What a report calls its own subject (发行人主营业务收入, 本公司营业收入)
SELF_NAMES = frozenset("公司 本公司 发行人 集团 本集团 本行 我行 企业 该公司".split())
# Scopes read as a figure's owner (全市 is the city's, 全国 the nation's).
OWNER_SCOPES = frozenset("全国 全球 全市 全省 全区 全县 我国 我市 我省 国内 世界 亚洲 全网 中国".split())
# Words that introduce a figure rather than name what it measures.
FIGURE_FILLER = frozenset("""
达 达到 为 是 有 共 共计 合计 总计 累计 约 约为 超 超过 仅 只有 已 已经 将 将达 预计 同比 环比
比上年 较上年 比去年 较去年 增长 增加 下降 减少 提高 提升 降低 上涨 下跌 回落 缩短 扩大 了 的 在
至 到 占 就 再 又 还 更 均 分别 首次 实现 完成 保持 年均 平均 竟然 能 快 其中 新增 开行 突破 增 降 减 有望 可达
""".split())
# 把GDP目标定在约6%: the verb a figure is set by (cut before the words are read: 目标定在
# falls apart as 目/标定/在 read backwards)
SET_AT_END = re.compile("(?:设|确|锁)?定(?:在|为)$")
# Measure words after which the noun says what a count counts (50个国家).
# 租赁面积320平方米 … 物业费每月6元/平方米: an area named as such, which a price per area is of
AREA_NAMED = re.compile("面积(?:为|是|约|共|达)?$")
# 全国的新型储能装机，2025年底是1.56亿千瓦: a clause of a time alone (and its 是) before a
# figure leaves what it measures to the clause before
TIME_CLAUSE_REST = re.compile("(?:底|末|时|的时候)?(?:是|为|达到?|有|约|共|已经?)*")
# 一支近300人的巡河护卫队: a thing sized by the figure, named after its 的
SIZED_BEFORE = re.compile("[一这那][支个座家所批只群](?:约|近|超过?|逾)?$")
MEASURE_WORDS = frozenset("个 家 名 位 项 件 条 辆 台 套 座 所 款 人 户 只 艘 架 批 株 张 本 份 篇 场 类 "
                          "种 门 处 枚 颗 支 队 组 对 单 宗 笔 批次 人次".split())
