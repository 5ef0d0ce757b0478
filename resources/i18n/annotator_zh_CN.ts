<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="54" />
        <source>Your name, as the history of decisions will show it:</source>
        <translation>您的姓名（记入核对历史）：</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/articles_panel.py" line="73" />
        <source>No. %n</source>
        <translation><numerusform>第%n届</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="81" />
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="81" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="81" />
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="81" />
        <source>Checked</source>
        <translation>已核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="82" />
        <source>Conflicts</source>
        <translation>矛盾</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <location filename="../../annotator/ui/articles_panel.py" line="111" />
        <source>Filter articles</source>
        <translation>筛选稿件</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="113" />
        <source>Claim</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="113" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="113" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="113" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="114" />
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="114" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_model.py" line="114" />
        <source>Links</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../annotator/ui/conflicts_panel.py" line="62" />
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflicts_panel.py" line="63" />
        <source>Dismiss suggestion</source>
        <translation>驳回建议</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="100" />
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="104" />
        <source>e.g. 2251.5亿 or 2251.5亿元</source>
        <translation>如 2251.5亿 或 2251.5亿元</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="113" />
        <source>Correct value</source>
        <translation>正确数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="114" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="115" />
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="117" />
        <source>As printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="125" />
        <source>Type the correct value.</source>
        <translation>请输入正确数值。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="127" />
        <source>“%1” is not a number. Write it as the article would, e.g. 2251.5亿.</source>
        <translation>“%1”不是数字。请按稿件写法填写，如 2251.5亿。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="39" />
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="40" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="41" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="42" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="43" />
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="44" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/detail_panel.py" line="77" />
        <source>should be %1</source>
        <translation>应为 %1</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="65" />
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="66" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="67" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="68" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="178" />
        <source>Link %1 to…</source>
        <translation>关联 %1 到…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="181" />
        <source>Find a claim by its text or value</source>
        <translation>按文字或数值查找数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="184" />
        <source>Same fact</source>
        <translation>同一事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="184" />
        <source>Conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="185" />
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="187" />
        <source>Claim</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="188" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="195" />
        <source>Choose the claim to link to.</source>
        <translation>请选择要关联的数据。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="197" />
        <source>A claim cannot be linked to itself.</source>
        <translation>不能把一条数据关联到它自己。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="41" />
        <source>数核 %1</source>
        <translation>数核 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="84" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="91" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="98" />
        <source>Filter claims</source>
        <translation>筛选数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="124" />
        <source>Suggested links</source>
        <translation>建议关联</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="150" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="151" />
        <source>Open store…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="152" />
        <source>New store…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="154" />
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="155" />
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="156" />
        <source>Paste text as article…</source>
        <translation>粘贴为稿件…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="157" />
        <location filename="../../annotator/ui/main_window.py" line="584" />
        <source>Delete article</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="159" />
        <source>Back up store…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="160" />
        <location filename="../../annotator/ui/main_window.py" line="600" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="164" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="166" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="167" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="168" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="170" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="171" />
        <source>Editor name…</source>
        <translation>编辑姓名…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="172" />
        <source>Newsroom name…</source>
        <translation>编辑部名称…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="174" />
        <source>&amp;Claim</source>
        <translation>数据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="175" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="176" />
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="177" />
        <source>Reject (not a claim)</source>
        <translation>排除（不是数据）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="178" />
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="179" />
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="180" />
        <source>Add missed claim from selection</source>
        <translation>把选中文字添加为漏标数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="181" />
        <source>Delete a claim you added</source>
        <translation>删除自己添加的数据</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="183" />
        <source>Next claim</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="184" />
        <source>Previous claim</source>
        <translation>上一条</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="185" />
        <source>Next unchecked</source>
        <translation>下一条未核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="186" />
        <source>Apply the linked claim's decision</source>
        <translation>采用关联数据的核对结论</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="188" />
        <source>Find conflicts and repeated facts</source>
        <translation>查找矛盾与重复事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="189" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="192" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="193" />
        <location filename="../../annotator/ui/main_window.py" line="651" />
        <source>About 数核</source>
        <translation>关于数核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="205" />
        <source>%1 · editor %2 · %3 articles · %4 of %5 claims checked</source>
        <translation>%1 · 编辑 %2 · %3 篇稿件 · 已核 %4 / %5 条</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="309" />
        <source>Same fact as “%1”, %2 by %3: press S to apply.</source>
        <translation>与“%1”为同一事实，%3 已%2：按 S 采用。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="334" />
        <source>Every claim of this article is checked.</source>
        <translation>本篇稿件的数据已全部核对。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="343" />
        <location filename="../../annotator/ui/main_window.py" line="427" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="398" />
        <source>Select the missed figure in the article first.</source>
        <translation>请先在稿件中选中漏标的数字。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="408" />
        <source>Only claims added by an editor can be deleted; reject the others (X).</source>
        <translation>只能删除编辑添加的数据；其余请排除（X）。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="459" />
        <source>No decided claim is linked to this one as the same fact.</source>
        <translation>没有已核对的同一事实数据与此关联。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="469" />
        <source>Looking for conflicts and repeated facts…</source>
        <translation>正在查找矛盾与重复事实…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="474" />
        <source>%1 suggestions to review.</source>
        <translation>有 %1 条建议待审。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="482" />
        <source>Conflicts</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="511" />
        <source>Import articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="512" />
        <source>Articles ({patterns})</source>
        <translation>稿件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="517" />
        <source>Import a folder of articles</source>
        <translation>导入稿件文件夹</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="522" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="522" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="538" />
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="550" />
        <source>Imported %1 files, %2 failed.</source>
        <translation>已导入 %1 个文件，%2 个失败。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="553" />
        <location filename="../../annotator/ui/main_window.py" line="563" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="585" />
        <source>Delete “%1” with its claims and links? Undo brings it back.</source>
        <translation>删除“%1”及其数据和关联？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="594" />
        <source>Back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="597" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="605" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="611" />
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="623" />
        <source>Open a store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="624" />
        <source>Stores (*.db *.sqlite);;All files (*)</source>
        <translation>数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="629" />
        <source>New store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="630" />
        <source>Stores (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="637" />
        <source>Editor name</source>
        <translation>编辑姓名</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="637" />
        <source>Your name, as the history shows it:</source>
        <translation>您的姓名（记入核对历史）：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="645" />
        <source>Newsroom name</source>
        <translation>编辑部名称</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="645" />
        <source>The newsroom named in exports:</source>
        <translation>导出文件署名的编辑部：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="652" />
        <source>&lt;h3&gt;数核 %1&lt;/h3&gt;&lt;p&gt;Find, check and cross-check the numeric claims in news articles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;数核 %1&lt;/h3&gt;&lt;p&gt;发现、核对、交叉比对新闻稿件中的数字表述。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="81" />
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="87" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="88" />
        <source>Evidence URL</source>
        <translation>依据网址</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="93" />
        <source>The evidence must be a web address starting with http:// or https://.</source>
        <translation>依据须是以 http:// 或 https:// 开头的网址。</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="223" />
        <source>Paste text as a new article</source>
        <translation>粘贴文字为新稿件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="228" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="229" />
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="236" />
        <source>Give the article a name.</source>
        <translation>请给稿件起个名字。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="238" />
        <source>Paste the article's text.</source>
        <translation>请粘贴稿件正文。</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="77" />
        <source>exact</source>
        <translation>准确</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="78" />
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="79" />
        <source>nearly</source>
        <translation>近</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="80" />
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="81" />
        <source>under</source>
        <translation>不足</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="111" />
        <source>direction: a rise in one, a fall in the other</source>
        <translation>方向相反：一处增长、一处下降</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="112" />
        <source>shares listed together add up to more than 100%:</source>
        <translation>并列占比之和超过100%：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="113" />
        <source>another edition's or period's figure?</source>
        <translation>错用了其他届次或时期的数字？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="114" />
        <source>different figures for the same fact</source>
        <translation>同一事实数字不同</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="115" />
        <source>add up to more than the total</source>
        <translation>之和超过总数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="116" />
        <source>the same figure stated again</source>
        <translation>同一数字再次出现</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="117" />
        <source>rounding beyond the hedge?</source>
        <translation>取整超出限定范围？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="118" />
        <source>decimal point moved?</source>
        <translation>小数点错位？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="119" />
        <source>digits transposed?</source>
        <translation>数字颠倒？</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="120" />
        <source>of the whole, but</source>
        <translation>占整体，但</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="121" />
        <source>no stated time</source>
        <translation>未注明时间</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="122" />
        <source>no scale word</source>
        <translation>无量级词</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="123" />
        <source>same metric</source>
        <translation>同一指标</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="124" />
        <source>scale word:</source>
        <translation>量级用词：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="125" />
        <source>the parts</source>
        <translation>分项</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="126" />
        <source>same fact</source>
        <translation>同一事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="127" />
        <source>given for</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="128" />
        <source>currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="129" />
        <source>hedge:</source>
        <translation>限定词：</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="130" />
        <source> agree</source>
        <translation> 一致</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="131" />
        <source> and </source>
        <translation> 与 </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="132" />
        <source> times</source>
        <translation> 倍</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="133" />
        <source>, but</source>
        <translation>，但</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="134" />
        <source> is </source>
        <translation> 为 </translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="71" />
        <source>Conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="72" />
        <source>Does not add up</source>
        <translation>自相矛盾</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="73" />
        <source>Same fact</source>
        <translation>同一事实</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="74" />
        <source>Related</source>
        <translation>相关</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="207" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="209" />
        <source>Search articles and claims</source>
        <translation>搜索稿件和数据</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="58" />
        <source>Unchecked</source>
        <translation>未核</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="59" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="60" />
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="61" />
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="62" />
        <source>In conflict</source>
        <translation>有矛盾</translation>
    </message>
</context>
</TS>