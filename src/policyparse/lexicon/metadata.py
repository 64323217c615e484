"""Words of the metadata stage: 文种, urgency and classification words, field labels, and the
chrome lines that web pages put around a document.

Plain data; the patterns built from it are in :mod:`policyparse.grammar.head`. Organ endings
are in :mod:`policyparse.lexicon.organs`, news words in :mod:`policyparse.lexicon.news`.
Strings are in Simplified script: matching runs on the normalised view.
"""

from __future__ import annotations

#: The 15 document types of the 2012 regulation (《党政机关公文处理工作条例》).
REGULATION_TYPES: tuple[str, ...] = (
    "决议",
    "决定",
    "命令",
    "令",
    "公报",
    "公告",
    "通告",
    "意见",
    "通知",
    "通报",
    "报告",
    "请示",
    "批复",
    "议案",
    "函",
    "纪要",
)

#: Plan and rule forms that notices transmit, and other document names found in titles.
PLAN_TYPES: tuple[str, ...] = (
    "方案",
    "规划",
    "计划",
    "办法",
    "规定",
    "细则",
    "条例",
    "规则",
    "纲要",
    "指引",
    "指南",
    "措施",
    "预案",
    "清单",
    "标准",
    "规范",
    "章程",
    "复函",
    "工作报告",
)

#: Compound type names, matched before the bare forms (longest first at match time).
COMPOUND_TYPES: tuple[str, ...] = (
    "指导意见",
    "实施意见",
    "若干意见",
    "实施方案",
    "工作方案",
    "行动方案",
    "试点方案",
    "行动计划",
    "工作计划",
    "实施计划",
    "实施办法",
    "管理办法",
    "暂行办法",
    "试行办法",
    "实施细则",
    "暂行规定",
    "若干规定",
    "若干措施",
    "若干政策",
    "规划纲要",
    "政府工作报告",
    "工作要点",
    "应急预案",
    "会议纪要",
)

#: Every 文种 and document form, longest first (for a regex alternation).
DOC_TYPES: tuple[str, ...] = tuple(
    sorted(set(REGULATION_TYPES + PLAN_TYPES + COMPOUND_TYPES), key=lambda word: (-len(word), word))
)

#: Types whose documents are rules made of 第X条 articles.
RULES_TYPES: tuple[str, ...] = ("办法", "条例", "规定", "细则", "规则", "章程")

#: 紧急程度 (GB/T 9704 7.2.4), also printed letter-spaced (特　急).
URGENCY_WORDS: tuple[str, ...] = ("特急", "加急", "特提", "平急")

#: 密级 (GB/T 9704 7.2.3); the 保密期限 follows after ★.
CLASSIFICATION_WORDS: tuple[str, ...] = ("绝密", "机密", "秘密")

#: Labels of a portal's info table (索引号 …), after removing spaces; the value follows.
TABLE_LABELS: dict[str, str] = {
    "索引号": "索引号",
    "主题分类": "主题分类",
    "发文机关": "发文机关",
    "成文日期": "成文日期",
    "标题": "标题",
    "发文字号": "发文字号",
    "发布日期": "发布日期",
    "主题词": "主题词",
    "发布机构": "发文机关",
    "发布时间": "发布日期",
    "生效日期": "生效日期",
    "文号": "发文字号",
    "信息来源": "来源",
    "有效性": "有效性",
    "公开方式": "公开方式",
    "名称": "标题",
    "主题": "主题分类",
    "发文日期": "发布日期",
    # a crawler's record header (``栏目: 区管委会办公室文件``, ``原文链接: https://…``): read as
    # the table's fields so the lines are not taken for the title; nothing is made of them
    "栏目": "栏目",
    "所属栏目": "栏目",
    "原文链接": "链接",
    "原文地址": "链接",
    "来源链接": "链接",
    "网址": "链接",
    "链接": "链接",
    "本地目录": "本地目录",
    "保存路径": "本地目录",
    "采集时间": "采集时间",
    "抓取时间": "采集时间",
    "爬取时间": "采集时间",
    "检索时间": "采集时间",
    "检索日期": "采集时间",
    "获取时间": "采集时间",
    "下载时间": "采集时间",
    "入库时间": "采集时间",
    # the query a crawler ran (``检索关键词: 测绘, 卫星, 导航``), not the document's
    "检索关键词": "检索词",
    "检索词": "检索词",
    "搜索关键词": "检索词",
    "浏览次数": "浏览次数",
    "阅读次数": "浏览次数",
    "发布文号": "发文字号",
    "发布单位": "发布单位",
    "类型": "类型",
    "分类": "主题分类",
    # a tool's record of a file (``文档 ：….md`` / ``基本信息`` / ``- **文档类型**：政策类`` /
    # ``文件名称：…`` / ``文件编号：无``): the name is the title's, the file name nobody's
    "文档类型": "类型",
    "文件类型": "类型",
    "文件名称": "标题",
    "文档名称": "标题",
    "文件编号": "发文字号",
    "文档": "文件名",
    "文件名": "文件名",
    # a crawler's record in English keys (``- title: …`` / ``- publisher: …`` / ``- publish_date: …``)
    "title": "标题",
    "publisher": "发文机关",
    "issuer": "发文机关",
    "publish_date": "发布日期",
    "pub_date": "发布日期",
    "publish_time": "发布日期",
    "doc_number": "发文字号",
    "document_number": "发文字号",
}

#: Lines of web-page chrome that may stand above the document (matched on the whole line).
CHROME_LINES: tuple[str, ...] = (
    "下载",
    "打印",
    "全屏",
    "收藏",
    "加大",
    "还原",
    "减小",
    "大",
    "中",
    "小",
    "】",
    "【",
    "首页",
    ">",
    "|",
    "分享到：",
    "扫一扫在手机打开当前页",
    "相关报道：",
    "相关文档：",
    "打印本页",
    "关闭窗口",
    "阅读量：",
    "当前位置：",
    "您的位置：",
    "AI阅读",
    "AI解读",
    # a portal's language and accessibility switches, printed one per line in a text dump
    "简体",
    "繁体",
    "无障碍",
    "长者模式",
    "关怀版",
    "English",
    # a font-size switch printed one item per line
    "字号：",
    "字号",
    "[大]",
    "[中]",
    "[小]",
    "【大】",
    "【中】",
    "【小】",
    # the heading of a tool's record of a file (``### 基本信息``)
    "基本信息",
)

#: Line openings of chrome (a citation header, a link line, a font-size bar).
CHROME_PREFIXES: tuple[str, ...] = (
    "【法宝引证码】",
    # a breadcrumb (spaces removed): 首页>政务公开>…, 首页 › 政策发布
    "首页>",
    "首页›",
    "首页»",
    "原文链接：",
    # a reprint's note of the story's first headline (原标题：…, （原标题：…）): not its title
    "原标题：",
    "（原标题：",
    "(原标题：",
    "【字号",
    "【字体",
    "【打印",
    "【关闭",
    "【收藏",
    "发表时间：",
    "时间：",
    "编辑：",
    "责任编辑",
    "<!--",
    # a database dump's record: its statement and the row's fields before the text
    # (INSERT INTO `article` VALUES ('34', '…', '<p>…), spaces removed
    "INSERTINTO",
    "insertinto",
    # a JSON record's fields before the text ({"id": 34, "content": "<p>…)
    '{"',
)

#: Words that close a signature block's trailing matter (附注 and page chrome).
NOTE_WORDS: tuple[str, ...] = (
    "此件公开发布",
    "此件主动公开",
    "此件有删改",
    "此件有删减",
    "本文有删减",
    "此件不公开",
    "此件依申请公开",
)
#: How many ``key: value`` lines in English keys make a crawler's record header without a
#: separator line (``corpus_id: …`` / ``title: …`` / ``source_url: …``).
RECORD_FIELDS_MIN = 3

#: The offices a speaker is named by under a report's title (``陕西省省长 赵刚``, ``国务院总理 李强``).
SPEAKER_TITLES: tuple[str, ...] = (
    "省长",
    "市长",
    "主席",
    "总理",
    "书记",
    "主任",
    "区长",
    "州长",
    "县长",
    "部长",
)
