<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="83"/>
        <source>decision</source>
        <translation>核定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="84"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="85"/>
        <source>added claim</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="86"/>
        <source>deleted claim</source>
        <translation>删除数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="87"/>
        <source>link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="88"/>
        <source>suggested link</source>
        <translation>建议关联</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="89"/>
        <source>accepted suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="90"/>
        <source>dismissed suggestion</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="91"/>
        <source>withdrawn suggestion</source>
        <translation>撤回建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="92"/>
        <source>reopened suggestion</source>
        <translation>重开建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="93"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="94"/>
        <source>re-import</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="95"/>
        <source>re-extraction</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="96"/>
        <source>deleted article</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="97"/>
        <source>article details</source>
        <translation>修改稿件信息</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="98"/>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="99"/>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="100"/>
        <source>skipped undo</source>
        <translation>跳过撤销</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../annotator/ui/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="35"/>
        <source>&amp;Claim</source>
        <translation>数据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="36"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="37"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="41"/>
        <source>Open store…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="42"/>
        <source>New store…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="44"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="45"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="46"/>
        <source>Paste text as article…</source>
        <translation>粘贴为稿件…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="47"/>
        <source>Article information…</source>
        <translation>文章信息…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="49"/>
        <source>Delete article</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="51"/>
        <source>Back up store…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="52"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="55"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="58"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="59"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="61"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="62"/>
        <source>Editor name…</source>
        <translation>编辑姓名…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="63"/>
        <source>Newsroom name…</source>
        <translation>编辑部名称…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="65"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="67"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="69"/>
        <source>Reject (not a claim)</source>
        <translation>排除（不是数据）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="71"/>
        <source>Dispute (wrong, not yet corrected)</source>
        <translation>存疑（有误，待更正）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="73"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="74"/>
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="75"/>
        <source>Add missed claim from selection</source>
        <translation>把选中文字添加为漏标数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="77"/>
        <source>Delete a claim you added</source>
        <translation>删除自己添加的数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="80"/>
        <source>Next claim</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="82"/>
        <source>Previous claim</source>
        <translation>上一条</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="84"/>
        <source>Next unchecked</source>
        <translation>下一条未核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="86"/>
        <source>Apply the linked claim&apos;s decision</source>
        <translation>采用关联数据的核对结论</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="89"/>
        <source>Find conflicts and repeated facts</source>
        <translation>查找矛盾与重复事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="91"/>
        <source>Check against an archive…</source>
        <translation>对照档案核查…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="92"/>
        <source>Stop checking against the archive</source>
        <translation>停止对照档案</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="95"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="96"/>
        <source>How to use 数核</source>
        <translation>数核使用说明</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="98"/>
        <source>About 数核</source>
        <translation>关于数核</translation>
    </message>
</context>
<context>
    <name>AddClaimDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="203"/>
        <source>Add %1 as a claim</source>
        <translation>将“%1”添加为数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="206"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="216"/>
        <source>As printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="217"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="222"/>
        <source>Type the value the text gives.</source>
        <translation>请输入原文给出的数值。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="63"/>
        <source>Your name, as the history of decisions will show it:</source>
        <translation>您的姓名（记入核对历史）：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="111"/>
        <source>The store could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
<context>
    <name>ArticleInfoDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="342"/>
        <source>Article information</source>
        <translation>文章信息</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="347"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="351"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="353"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="354"/>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="355"/>
        <source>Edition (第N届)</source>
        <translation>届次（第N届）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="362"/>
        <source>Give the article a title.</source>
        <translation>请填写文章标题。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="365"/>
        <source>Write the date as YYYY-MM-DD, or leave it empty.</source>
        <translation>日期请写作 YYYY-MM-DD，或留空。</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/articles_panel.py" line="97"/>
        <source>No. %n</source>
        <translation>
            <numerusform>第%n届</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="102"/>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="102"/>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="102"/>
        <source>Checked</source>
        <translation>已核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="103"/>
        <source>Conflicts</source>
        <translation>矛盾</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="149"/>
        <source>Filter articles</source>
        <translation>筛选稿件</translation>
    </message>
</context>
<context>
    <name>ClaimHandlers</name>
    <message>
        <location filename="../../annotator/ui/claim_handlers.py" line="61"/>
        <source>Select the missed figure in the article first.</source>
        <translation>请先在稿件中选中漏标的数字。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_handlers.py" line="71"/>
        <source>Only claims added by an editor can be deleted; reject the others (X).</source>
        <translation>只能删除编辑添加的数据；其余请排除（X）。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_handlers.py" line="81"/>
        <source>No decided claim is linked to this one as the same fact.</source>
        <translation>没有已核对的同一事实数据与此关联。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_handlers.py" line="91"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_handlers.py" line="94"/>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_handlers.py" line="109"/>
        <source>Skipped “%1”: it was changed since, by a colleague or a re-import, and is not overwritten. Press again to go on.</source>
        <translation>已跳过“%1”：它在此后已被同事或重新导入改动，不予覆盖。再按一次继续。</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/claims_model.py" line="92"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n 条建议待审</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="136"/>
        <source>Claim</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="136"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="136"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="136"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="136"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="137"/>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="137"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="137"/>
        <source>Links</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="68"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="75"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="82"/>
        <source>Filter claims</source>
        <translation>筛选数据</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../annotator/ui/conflicts_panel.py" line="86"/>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflicts_panel.py" line="87"/>
        <source>Dismiss suggestion</source>
        <translation>驳回建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflicts_panel.py" line="109"/>
        <source>Repeated figures (%1)</source>
        <translation>重复的数字（%1）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflicts_panel.py" line="117"/>
        <source>archive</source>
        <translation>档案</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="177"/>
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="179"/>
        <source>Correct value</source>
        <translation>正确数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="184"/>
        <source>As printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="191"/>
        <source>Type the correct value.</source>
        <translation>请输入正确数值。</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../annotator/ui/crash.py" line="73"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="74"/>
        <source>数核 hit an error it did not expect. Your decisions so far are saved; what you were doing may not be. The details are in %1.</source>
        <translation>数核遇到了意外错误。此前的核对结果均已保存；刚才的操作可能未保存。详情已写入 %1。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="40"/>
        <source>Link as the same fact</source>
        <translation>关联为同一事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="41"/>
        <source>Link as a conflict</source>
        <translation>关联为矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="47"/>
        <source>Y: link as the same fact · X: link as a conflict</source>
        <translation>Y：关联为同一事实 · X：关联为矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="55"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="56"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="57"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="58"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="59"/>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="60"/>
        <source>Closest elsewhere</source>
        <translation>他处相近数字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="61"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="108"/>
        <source>should be %1</source>
        <translation>应为 %1</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="68"/>
        <source>same owner</source>
        <translation>同一主体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="69"/>
        <source>other owners</source>
        <translation>主体不同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="70"/>
        <source>owner not stated</source>
        <translation>未说明主体</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="71"/>
        <source>same metric</source>
        <translation>同一指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="72"/>
        <source>other metrics</source>
        <translation>指标不同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="73"/>
        <source>metric not stated</source>
        <translation>未说明指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="74"/>
        <source>same time</source>
        <translation>时间相同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="75"/>
        <source>different times</source>
        <translation>时间不同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="76"/>
        <source>time not stated</source>
        <translation>未说明时间</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="77"/>
        <source>same unit</source>
        <translation>单位相同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="78"/>
        <source>related units</source>
        <translation>相关单位</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="79"/>
        <source>other units</source>
        <translation>单位不同</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="21"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="23"/>
        <source>Verified figures only (confirmed, corrected, disputed)</source>
        <translation>仅已核的数字（已确认、已更正、存疑）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="24"/>
        <source>All claims, unchecked ones too</source>
        <translation>全部数字，包括未核的</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="27"/>
        <source>This article: %1</source>
        <translation>本文：%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="29"/>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="33"/>
        <source>Claims</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="34"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>FileHandlers</name>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="36"/>
        <source>Open a store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="38"/>
        <source>Stores (*.db *.sqlite);;All files (*)</source>
        <translation>数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="43"/>
        <source>New store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="44"/>
        <source>Stores (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="52"/>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="62"/>
        <source>Import articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="64"/>
        <source>Articles ({patterns})</source>
        <translation>文章（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="70"/>
        <source>Import a folder of articles</source>
        <translation>导入稿件文件夹</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="84"/>
        <source>Imported %1 files, %2 failed.</source>
        <translation>已导入 %1 个文件，%2 个失败。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="87"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="108"/>
        <source>Delete article</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="109"/>
        <source>Delete “%1” with its claims and links? Undo brings it back.</source>
        <translation>删除“%1”及其数据和关联？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="130"/>
        <source>Back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="133"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="141"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="147"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="154"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="165"/>
        <source>Looking for conflicts and repeated facts…</source>
        <translation>正在查找矛盾与重复事实…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="170"/>
        <source>Preparing the finder: %1 of %2 articles…</source>
        <translation>正在为查找做准备：已处理 %1 / %2 篇…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="205"/>
        <source>%1 suggestions to review.</source>
        <translation>有 %1 条建议待审。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="212"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="218"/>
        <source>Editor name</source>
        <translation>编辑姓名</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="219"/>
        <source>Your name, as the history shows it:</source>
        <translation>您的姓名（记入核对历史）：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="226"/>
        <source>Newsroom name</source>
        <translation>编辑部名称</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="227"/>
        <source>The newsroom named in exports:</source>
        <translation>导出文件署名的编辑部：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="239"/>
        <source>About 数核</source>
        <translation>关于数核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="240"/>
        <source>&lt;h3&gt;数核 %1&lt;/h3&gt;&lt;p&gt;Find, check and cross-check the numeric claims in news articles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;数核 %1&lt;/h3&gt;&lt;p&gt;发现、核对、交叉比对新闻稿件中的数字表述。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="181"/>
        <source>Choose an archive</source>
        <translation>选择档案</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="183"/>
        <source>Archives (*.archive *.db *.sqlite);;All files (*)</source>
        <translation>档案 (*.archive *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="190"/>
        <source>Cannot open the archive</source>
        <translation>无法打开档案</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="193"/>
        <source>The finder checks against %1 archived articles too.</source>
        <translation>查找时也对照档案中的 %1 篇文章。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/file_handlers.py" line="200"/>
        <source>The finder checks against the store only.</source>
        <translation>查找时只对照本库。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="13"/>
        <source>usage_en.md</source>
        <translation>usage_zh_CN.md</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="16"/>
        <source>Suggested links: accept the suggestion</source>
        <translation>建议的关联：接受建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="17"/>
        <source>Suggested links: dismiss the suggestion</source>
        <translation>建议的关联：驳回建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="60"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="60"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/help_pages.py" line="68"/>
        <source>How to use 数核</source>
        <translation>数核使用说明</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../annotator/ui/jobs.py" line="34"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/jobs.py" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/jobs.py" line="74"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/jobs.py" line="77"/>
        <source>Importing %1, about %2 min left</source>
        <translation>正在导入 %1，约剩 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/jobs.py" line="79"/>
        <source>Importing %1, about %2 s left</source>
        <translation>正在导入 %1，约剩 %2 秒</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="71"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="72"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="73"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="74"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="270"/>
        <source>Link %1 to…</source>
        <translation>关联 %1 到…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="273"/>
        <source>Find a claim by its text or value</source>
        <translation>按文字或数值查找数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="276"/>
        <source>Same fact</source>
        <translation>同一事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="276"/>
        <source>Conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="277"/>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="279"/>
        <source>Claim</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="280"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="288"/>
        <source>Choose the claim to link to.</source>
        <translation>请选择要关联的数据。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="290"/>
        <source>A claim cannot be linked to itself.</source>
        <translation>不能把一条数据关联到它自己。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="39"/>
        <location filename="../../annotator/ui/main_window.py" line="210"/>
        <source>数核 %1</source>
        <translation>数核 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="92"/>
        <source>Suggested links</source>
        <translation>建议关联</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="110"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="145"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="146"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="205"/>
        <source>%1 · editor %2 · %3 articles · %4 of %5 claims checked</source>
        <translation>%1 · 编辑 %2 · %3 篇稿件 · 已核 %4 / %5 条</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="212"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="213"/>
        <source>Read-only (this store cannot be written here)</source>
        <translation>只读（此处无法写入这个数据库）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="317"/>
        <source>Same fact as “%1”, %2 by %3: press S to apply.</source>
        <translation>与“%1”为同一事实，%3 已%2：按 S 采用。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="365"/>
        <source>Every claim of this article is checked.</source>
        <translation>本篇稿件的数据已全部核对。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="158"/>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="163"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="164"/>
        <source>Evidence URL</source>
        <translation>依据网址</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="170"/>
        <source>The evidence must be a web address starting with http:// or https://.</source>
        <translation>依据须是以 http:// 或 https:// 开头的网址。</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="318"/>
        <source>Paste text as a new article</source>
        <translation>粘贴文字为新稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="322"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="323"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="331"/>
        <source>Give the article a name.</source>
        <translation>请给稿件起个名字。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="333"/>
        <source>Paste the article&apos;s text.</source>
        <translation>请粘贴稿件正文。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="40"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="41"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="103"/>
        <source>exact</source>
        <translation>准确</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="104"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="105"/>
        <source>nearly</source>
        <translation>近</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="106"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="107"/>
        <source>under</source>
        <translation>不足</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="14"/>
        <source>{what}: {a} vs {b}, digits transposed?</source>
        <translation>{what}：{a} 与 {b}，数字颠倒？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="15"/>
        <source>{what}: {a} vs {b}, one digit differs?</source>
        <translation>{what}：{a} 与 {b}，一位数字不同？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="16"/>
        <source>{what}: {a} vs {b}, a digit dropped or added?</source>
        <translation>{what}：{a} 与 {b}，漏写或多写了一位数字？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="17"/>
        <source>{what}: {a} vs {b}, decimal point moved?</source>
        <translation>{what}：{a} 与 {b}，小数点错位？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="18"/>
        <source>{what}: {a} vs {b}, scale word {a_scale} vs {b_scale}</source>
        <translation>{what}：{a} 与 {b}，数量级 {a_scale} 与 {b_scale}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="19"/>
        <source>{what}: {a} vs {b}, currency {a_unit} vs {b_unit}</source>
        <translation>{what}：{a} 与 {b}，币种 {a_unit} 与 {b_unit}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="20"/>
        <source>{what}: {a} vs {b}, a rate written as percentage points?</source>
        <translation>{what}：{a} 与 {b}，百分比误作百分点？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="22"/>
        <source>{what}: {a} vs {b}, people vs person-times</source>
        <translation>{what}：{a} 与 {b}，人数与人次</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="23"/>
        <source>{what}: {a} vs {b}, households vs people</source>
        <translation>{what}：{a} 与 {b}，户数与人数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="24"/>
        <source>{what}: {a} vs {b}, the unit changed</source>
        <translation>{what}：{a} 与 {b}，单位不同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="25"/>
        <source>{what}: {a} vs {b}, {a_unit} and {b_unit} converted a power of ten off?</source>
        <translation>{what}：{a} 与 {b}，{a_unit}与{b_unit}换算差了十的倍数？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="27"/>
        <source>{what}: {a} vs {b}, a fraction misread as a percentage?</source>
        <translation>{what}：{a} 与 {b}，分数误读为百分比？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="29"/>
        <source>{what}: {a} vs {b}, the fraction&apos;s denominator&apos;s digits swapped?</source>
        <translation>{what}：{a} 与 {b}，分母的数字颠倒？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="31"/>
        <source>{what}: {a} vs {b}, a different rank in the same ranking</source>
        <translation>{what}：{a} 与 {b}，同一排名位次不同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="32"/>
        <source>{what}: {a} vs {b}, rounding beyond the hedge?</source>
        <translation>{what}：{a} 与 {b}，约数超出范围？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="33"/>
        <source>{what}: {a} vs {b}, one says under, the other over</source>
        <translation>{what}：{a} 与 {b}，一说不足，一说超过</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="34"/>
        <source>{what}: {a} vs {b}, a rise in one, a fall in the other</source>
        <translation>{what}：{a} 与 {b}，一说增长，一说下降</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="35"/>
        <source>{what}: {a} given for {when}, another edition&apos;s or period&apos;s figure?</source>
        <translation>{what}：{a} 用于 {when}，误用其他届次或时期的数字？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="37"/>
        <source>{what}: {a} vs {b}, {a} is {owner}&apos;s figure</source>
        <translation>{what}：{a} 与 {b}，{a} 是{owner}的数字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="39"/>
        <source>{what}: {a} vs {b}, told as {a_frame} vs {b_frame}</source>
        <translation>{what}：{a} 与 {b}，说法不同（{a_frame} 与 {b_frame}）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="40"/>
        <source>{what}: {a} vs {b}, {goal} is a goal: told as reached?</source>
        <translation>{what}：{a} 与 {b}，{goal} 是目标，被说成已实现？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="41"/>
        <source>{what}: {a} vs {b}, {a} is the figure for {item}</source>
        <translation>{what}：{a} 与 {b}，{a} 是{item}的数字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="48"/>
        <source>{a} a year, but {earlier} to {later} in {years} years is {expected} a year</source>
        <translation>年均 {a}，但 {years} 年间由 {earlier} 到 {later} 年均为 {expected}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="57"/>
        <source>{a} of the whole, but the shares beside it make the whole {whole}: {part} / {whole} = {actual}</source>
        <translation>占比 {a}，但并列的其他占比推算总数为 {whole}：{part} / {whole} = {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="60"/>
        <source>{expression} is {expected}, not {a}</source>
        <translation>{expression} 得 {expected}，而非 {a}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="61"/>
        <source>{a} per {base}, but {part} over {total} gives {actual}</source>
        <translation>每 {base} 为 {a}，但按 {part} 与 {total} 算得 {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="62"/>
        <source>{a}, but {part} to {total} is {actual}</source>
        <translation>{a}，但 {part} 与 {total} 之比为 {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="63"/>
        <source>the shares {parts} split one whole, but add up to {actual}</source>
        <translation>占比 {parts} 同属一个整体，合计却为 {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="64"/>
        <source>{a}, but {b} is {expected}</source>
        <translation>{a}，但 {b} 折合 {expected}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="38"/>
        <source>{what}: {a} vs {b}, {a_base} vs {b_base}</source>
        <translation>{what}：{a} 与 {b}，比较基期不同（{a_base} 与 {b_base}）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="42"/>
        <source>{what}: {a} vs {b}, different figures</source>
        <translation>{what}：{a} 与 {b}，数字不一致</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="43"/>
        <source>{times} is a growth of {growth}: {a} vs {b}</source>
        <translation>{times}即增长{growth}：{a} 与 {b}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="44"/>
        <source>{what}: {a} and {b} agree</source>
        <translation>{what}：{a} 与 {b} 一致</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="45"/>
        <source>{what}: {a} stated again</source>
        <translation>{what}：{a} 再次出现</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="46"/>
        <source>{a} of the whole, but {part} / {total} = {actual}</source>
        <translation>{a} 的占比，但 {part} / {total} = {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="47"/>
        <source>{a}, but {later} / {earlier} is {expected}</source>
        <translation>{a}，但 {later} / {earlier} 为 {expected}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="49"/>
        <source>{a}, but {later} against {earlier} is {expected} times</source>
        <translation>{a}，但 {later} 是 {earlier} 的 {expected} 倍</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="50"/>
        <source>{a}, but {later} and {earlier} differ by {expected}</source>
        <translation>{a}，但 {later} 与 {earlier} 相差 {expected}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="51"/>
        <source>{a}, but {later} and {earlier} differ by {expected} points</source>
        <translation>{a}，但 {later} 与 {earlier} 相差 {expected} 个百分点</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="53"/>
        <source>{a} on average, but {total} / {count} = {actual}</source>
        <translation>平均 {a}，但 {total} / {count} = {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="54"/>
        <source>{a} each, but {total} / {count} = {actual}</source>
        <translation>每个 {a}，但 {total} / {count} = {actual}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="55"/>
        <source>the parts {parts} add up to more than {total}</source>
        <translation>分项 {parts} 之和超过总数 {total}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="56"/>
        <source>shares listed together pass 100%: {parts}</source>
        <translation>并列的占比之和超过 100%：{parts}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/reasons.py" line="59"/>
        <source>{parts} add up to {actual}, not {total}</source>
        <translation>{parts} 相加为 {actual}，而非 {total}</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="77"/>
        <source>Conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="78"/>
        <source>Does not add up</source>
        <translation>自相矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="79"/>
        <source>Same fact</source>
        <translation>同一事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="80"/>
        <source>Related</source>
        <translation>相关</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="302"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="304"/>
        <source>Search articles and claims</source>
        <translation>搜索稿件和数据</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="63"/>
        <source>Unchecked</source>
        <translation>未核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="64"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="65"/>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="66"/>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="67"/>
        <source>Disputed</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="68"/>
        <source>In conflict</source>
        <translation>有矛盾</translation>
    </message>
</context>
<context>
    <name>ValueFields</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="126"/>
        <source>e.g. 2251.5亿 or 2251.5亿元</source>
        <translation>如 2251.5亿 或 2251.5亿元</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="135"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="136"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="144"/>
        <source>“%1” is not a number. Write it as the article would, e.g. 2251.5亿.</source>
        <translation>“%1”不是数字。请按稿件写法填写，如 2251.5亿。</translation>
    </message>
</context>
</TS>
