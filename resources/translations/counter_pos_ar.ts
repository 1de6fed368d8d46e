<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="108"/>
        <source>Promotion</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="110"/>
        <source>Discount ({0})</source>
        <translation>خصم ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="111"/>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <source>Included tax</source>
        <translation>الضريبة المشمولة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <location filename="../../pos_app/ui/receipts.py" line="244"/>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <location filename="../../pos_app/ui/receipts.py" line="242"/>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="147"/>
        <location filename="../../pos_app/ui/receipts.py" line="368"/>
        <source>Cash rounding</source>
        <translation>تقريب النقد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="152"/>
        <source>Cash tendered</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="153"/>
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="155"/>
        <location filename="../../pos_app/ui/receipts.py" line="227"/>
        <source>Card reference</source>
        <translation>مرجع البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="157"/>
        <source>Wallet balance after</source>
        <translation>رصيد المحفظة بعد العملية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="161"/>
        <source>walk-in</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="165"/>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="166"/>
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="168"/>
        <source>Discounts (cart: {0})</source>
        <translation>الخصومات (السلة: {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="170"/>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="176"/>
        <source>Tax number {0}</source>
        <translation>الرقم الضريبي {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="188"/>
        <source>Recorded offline: sent to the server when it is back</source>
        <translation>سُجّل دون اتصال: يُرسل إلى الخادم عند عودته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="204"/>
        <source>Sale {0} · {1}</source>
        <translation>البيع {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="182"/>
        <source>Cashier {0} · {1} · Customer {2}</source>
        <translation>أمين الصندوق {0} · {1} · الزبون {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="185"/>
        <source>TOTAL</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="186"/>
        <source>Ref. {0}</source>
        <translation>المرجع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="190"/>
        <source>Thank you for shopping with us.</source>
        <translation>شكراً لتسوّقكم معنا.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="207"/>
        <source>No. {0} · {1}</source>
        <translation>رقم {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="208"/>
        <source>No. {0} · sale {1} · {2}</source>
        <translation>رقم {0} · البيع {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="223"/>
        <source>&lt;b&gt;REFUND&lt;/b&gt; of sale {0} · {1}</source>
        <translation>&lt;b&gt;استرداد&lt;/b&gt; البيع {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="224"/>
        <source>By {0}, authorised by {1}</source>
        <translation>بواسطة {0}، بتفويض من {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="228"/>
        <source>REFUNDED</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="229"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="209"/>
        <location filename="../../pos_app/ui/receipts.py" line="241"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="210"/>
        <location filename="../../pos_app/ui/receipts.py" line="255"/>
        <source>Voided sales</source>
        <translation>المبيعات الملغاة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="211"/>
        <location filename="../../pos_app/ui/receipts.py" line="243"/>
        <location filename="../../pos_app/ui/receipts.py" line="298"/>
        <source>Refunds</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="212"/>
        <location filename="../../pos_app/ui/receipts.py" line="256"/>
        <source>No sale (drawer opened)</source>
        <translation>دون بيع (فُتح الدرج)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="213"/>
        <location filename="../../pos_app/ui/receipts.py" line="245"/>
        <location filename="../../pos_app/ui/receipts.py" line="295"/>
        <source>Cash sales</source>
        <translation>المبيعات نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="246"/>
        <source>Store-credit sales</source>
        <translation>المبيعات من رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="214"/>
        <location filename="../../pos_app/ui/receipts.py" line="247"/>
        <location filename="../../pos_app/ui/receipts.py" line="296"/>
        <source>Card sales</source>
        <translation>المبيعات بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="216"/>
        <location filename="../../pos_app/ui/receipts.py" line="248"/>
        <source>Cash refunds</source>
        <translation>المرتجعات نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="249"/>
        <source>Store-credit refunds</source>
        <translation>المرتجعات إلى رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="217"/>
        <location filename="../../pos_app/ui/receipts.py" line="250"/>
        <source>Card refunds</source>
        <translation>المرتجعات بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="251"/>
        <source>Top-ups paid in cash</source>
        <translation>الشحن المدفوع نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="252"/>
        <source>Top-ups paid by card</source>
        <translation>الشحن المدفوع بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="208"/>
        <location filename="../../pos_app/ui/receipts.py" line="257"/>
        <location filename="../../pos_app/ui/receipts.py" line="294"/>
        <source>Opening float</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="258"/>
        <source>Cash expected in drawer</source>
        <translation>النقد المتوقع في الدرج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="263"/>
        <location filename="../../pos_app/ui/receipts.py" line="302"/>
        <source>Cash counted</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="264"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="271"/>
        <location filename="../../pos_app/ui/receipts.py" line="315"/>
        <source>whole store</source>
        <translation>المتجر كله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="272"/>
        <source>{0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="273"/>
        <source>Z report · {0}</source>
        <translation>تقرير Z · {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="286"/>
        <source>{0} over</source>
        <translation>زيادة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="288"/>
        <source>{0} short</source>
        <translation>نقص {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="289"/>
        <source>even</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="215"/>
        <location filename="../../pos_app/ui/receipts.py" line="297"/>
        <source>Store credit sales</source>
        <translation>المبيعات من رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="218"/>
        <source>Store credit refunds</source>
        <translation>المرتجعات إلى رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="219"/>
        <source>Cash top-ups</source>
        <translation>الشحن نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="220"/>
        <source>Card top-ups</source>
        <translation>الشحن بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="221"/>
        <location filename="../../pos_app/ui/receipts.py" line="253"/>
        <location filename="../../pos_app/ui/receipts.py" line="299"/>
        <source>Paid in</source>
        <translation>إيداع نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="222"/>
        <location filename="../../pos_app/ui/receipts.py" line="254"/>
        <location filename="../../pos_app/ui/receipts.py" line="300"/>
        <source>Paid out</source>
        <translation>سحب نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="230"/>
        <source>Shift {0} at {1}: opened {2} by {3}</source>
        <translation>الوردية {0} على {1}: فُتحت {2} بواسطة {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="234"/>
        <source>, closed {0} by {1}</source>
        <translation>، وأُغلقت {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="236"/>
        <source>, approved by {0}</source>
        <translation>، واعتمدها {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="301"/>
        <source>Cash expected</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="303"/>
        <source>Over / short</source>
        <translation>زيادة / نقص</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="306"/>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="315"/>
        <source>counter {0}</source>
        <translation>الصندوق {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="321"/>
        <source>Shift {0} · {1}</source>
        <translation>الوردية {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="322"/>
        <source>Opened {0} by {1}, closed {2} by {3}</source>
        <translation>فُتحت {0} بواسطة {1}، وأُغلقت {2} بواسطة {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="331"/>
        <source>1 shift</source>
        <translation>وردية واحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="331"/>
        <source>{0} shifts</source>
        <translation>عدد الورديات: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="332"/>
        <source>No shift was closed in this period.</source>
        <translation>لم تُغلق أي وردية في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="333"/>
        <source>Z report of shifts · {0}</source>
        <translation>تقرير Z للورديات · {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="334"/>
        <source>Shifts closed from {0} to {1}</source>
        <translation>الورديات المغلقة من {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="335"/>
        <source>Total, {0} ({1})</source>
        <translation>المجموع، {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="347"/>
        <source>Tax {0} on {1}</source>
        <translation>الضريبة {0} على {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="351"/>
        <source>Refunded tax {0} on {1}</source>
        <translation>الضريبة المستردة {0} على {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="356"/>
        <source>Tax collected</source>
        <translation>الضريبة المحصّلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="357"/>
        <source>Net sales before tax</source>
        <translation>صافي المبيعات قبل الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="361"/>
        <source>Discounts by {0} (1 sale)</source>
        <translation>خصومات {0} (بيع واحد)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="361"/>
        <source>Discounts by {0} ({1} sales)</source>
        <translation>خصومات {0} (عدد المبيعات: {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="365"/>
        <source>Promotion {0} (1 line)</source>
        <translation>العرض {0} (بند واحد)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="365"/>
        <source>Promotion {0} ({1} lines)</source>
        <translation>العرض {0} (عدد البنود: {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="380"/>
        <source>Day closed at {0} by {1}</source>
        <translation>أُقفل اليوم الساعة {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="381"/>
        <source>Day {0} closed at {1} by {2}; sales from now on count for {3}</source>
        <translation>أُقفل يوم {0} الساعة {1} بواسطة {2}؛ تُحتسب المبيعات من الآن ليوم {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="389"/>
        <source>Business day {0}, open since {1}</source>
        <translation>يوم العمل {0}، مفتوح منذ {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="392"/>
        <source>(day {0} closed at {1} by {2})</source>
        <translation>(أُقفل يوم {0} الساعة {1} بواسطة {2})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="43"/>
        <source>{0} for {1}</source>
        <extracomment>Products named in the Covers column; the rest are counted.</extracomment>
        <translation>{0} بسعر {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="46"/>
        <source>Buy {0} get {1} free</source>
        <translation>اشترِ {0} واحصل على {1} مجاناً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="47"/>
        <source>Buy {0} get {1} at {2} off</source>
        <translation>اشترِ {0} واحصل على {1} بخصم {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="49"/>
        <source>{0} off</source>
        <translation>خصم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="76"/>
        <source>New: {0:,}</source>
        <translation>جديدة: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="78"/>
        <source>Updated: {0:,}</source>
        <translation>حُدِّثت: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="78"/>
        <source>To update: {0:,}</source>
        <translation>للتحديث: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="80"/>
        <source>({0:,} new prices)</source>
        <translation>({0:,} أسعار جديدة)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="83"/>
        <source>Unchanged: {0:,}</source>
        <translation>دون تغيير: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="91"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="93"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="98"/>
        <source>Price {0} → {1}</source>
        <translation>السعر {0} ← {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="106"/>
        <source>An import does not change the stock of products the store has ({0:,} rows give another figure): count them with Restock.</source>
        <translation>لا يغيّر الاستيراد مخزون المنتجات الموجودة في المتجر ({0:,} صفوف تذكر رقمًا آخر): عُدّها عبر إعادة التخزين.</translation>
    </message>
</context>
<context>
    <name>AddRateDialog</name>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="65"/>
        <source>Add a tax rate</source>
        <translation>إضافة نسبة ضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="68"/>
        <source>e.g. VAT 20%</source>
        <translation>مثلاً ضريبة القيمة المضافة 20%</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="71"/>
        <source>0 to 100, e.g. 20 or 5.5</source>
        <translation>من 0 إلى 100، مثلاً 20 أو 5.5</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="72"/>
        <source>Exempt goods: no tax at all</source>
        <translation>سلع معفاة: بلا أي ضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="73"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="74"/>
        <source>&amp;Percent</source>
        <translation>ال&amp;نسبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="75"/>
        <source>E&amp;xempt</source>
        <translation>م&amp;عفى</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="51"/>
        <source>Sign-in</source>
        <extracomment>Text colour of refused and failed rows: they are what an audit is read for. Where the generic &quot;sign_in&quot; -&gt; &quot;Sign in&quot; reads badly.</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="52"/>
        <source>Sign-out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="53"/>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="54"/>
        <source>Wallet top-up</source>
        <translation>شحن المحفظة</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="178"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="178"/>
        <source>Load the trail again</source>
        <translation>إعادة تحميل السجل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="181"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="184"/>
        <source>Export the rows the filters match to CSV</source>
        <translation>تصدير الأسطر المطابقة لعوامل التصفية إلى CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="233"/>
        <source>exact username</source>
        <translation>اسم المستخدم بالضبط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="234"/>
        <source>Only what this user did; Enter applies (Ctrl+F)</source>
        <translation>ما فعله هذا المستخدم فقط؛ Enter للتطبيق (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="237"/>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="240"/>
        <source>&amp;Dates from</source>
        <translation>الت&amp;واريخ من</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="241"/>
        <source>Only rows between these two days, both included</source>
        <translation>الأسطر بين هذين اليومين فقط، شاملةً كليهما</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="246"/>
        <source>type:id, e.g. sale:… or account:12</source>
        <translation>type:id، مثلاً sale:… أو account:12</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="247"/>
        <source>A record type (sale, account, product, review) or type:id</source>
        <translation>نوع سجل (sale أو account أو product أو review) أو type:id</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="249"/>
        <source>&amp;Apply</source>
        <translation>تطب&amp;يق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="250"/>
        <source>Apply the filters (Enter in any filter)</source>
        <translation>تطبيق عوامل التصفية (Enter في أي منها)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="251"/>
        <source>C&amp;lear</source>
        <translation>&amp;إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="252"/>
        <source>Show the whole trail</source>
        <translation>عرض السجل كله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="260"/>
        <source>&amp;User</source>
        <translation>المستخ&amp;دم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="261"/>
        <source>Actio&amp;n</source>
        <translation>الإج&amp;راء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="262"/>
        <source>Re&amp;cord</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="269"/>
        <source>t&amp;o</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="335"/>
        <source>1 entry matches the filters</source>
        <translation>سطر واحد يطابق عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="337"/>
        <source>{0:,} entries match the filters</source>
        <translation>الأسطر المطابقة لعوامل التصفية: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="362"/>
        <source>Select a row to read it in full.</source>
        <translation>اختر سطراً لقراءته كاملاً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="364"/>
        <source>(unknown user)</source>
        <translation>(مستخدم غير معروف)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="366"/>
        <source>{0} at {1}</source>
        <translation>{0} على {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="382"/>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="394"/>
        <source>Exported 1 row to {0}</source>
        <translation>صُدّر سطر واحد إلى {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="396"/>
        <source>Exported {0:,} rows to {1}</source>
        <translation>الأسطر المصدّرة: {0:,} إلى {1}</translation>
    </message>
</context>
<context>
    <name>BackupAtSignIn</name>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="210"/>
        <source>No backup of this store&apos;s data has been made</source>
        <translation>لم تُؤخذ أي نسخة احتياطية من بيانات المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="212"/>
        <source>The last backup of this store&apos;s data is {0} days old ({1})</source>
        <translation>آخر نسخة احتياطية من بيانات المتجر عمرها {0} يوم ({1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="221"/>
        <source>; making one now…</source>
        <translation>؛ جارٍ إنشاء نسخة الآن…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="223"/>
        <source>: choose a folder in Settings &gt; Backups</source>
        <translation>: اختر مجلداً في الإعدادات &gt; النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="248"/>
        <source>Backed up at {0} to {1}</source>
        <translation>نُسخ احتياطياً الساعة {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="255"/>
        <source>The daily backup failed: {0}.</source>
        <translation>فشل النسخ الاحتياطي اليومي: {0}.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="65"/>
        <source>none; e.g. /media/usb/counter-backups</source>
        <translation>لا شيء؛ مثلاً /media/usb/counter-backups</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="68"/>
        <source> copies</source>
        <translation> نسخ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="70"/>
        <source>Backup &amp;folder</source>
        <translation>مجلد ال&amp;نسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="71"/>
        <source>Keep the &amp;last</source>
        <translation>الاحتفاظ بآ&amp;خر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="95"/>
        <source>This store&apos;s data is on a PostgreSQL server: back it up there with &apos;pos-admin backup FILE&apos; (see the README). Daily copies are for a store on this computer&apos;s own file.</source>
        <translation>بيانات هذا المتجر على خادم PostgreSQL: انسخها احتياطياً هناك بالأمر &apos;pos-admin backup FILE&apos; (راجع README). النسخ اليومية للمتجر الذي يعمل على ملف هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="100"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="102"/>
        <source>Once a day, at the first sign-in, this counter copies the store&apos;s file into the folder (a USB disk or another drive is best), named by date and time, and keeps the newest copies. Last backup: {0}.</source>
        <translation>مرة في اليوم، عند أول تسجيل دخول، ينسخ هذا الصندوق ملف المتجر إلى المجلد (ويفضَّل قرص USB أو قرص آخر) باسم التاريخ والوقت، ويحتفظ بأحدث النسخ. آخر نسخة: {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="77"/>
        <source>Back up &amp;now</source>
        <translation>انسخ احتياطياً ال&amp;آن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="140"/>
        <source>Type the folder to copy into first</source>
        <translation>اكتب أولاً المجلد الذي يُنسخ إليه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="149"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="164"/>
        <source>Backed up at {0} to {1}</source>
        <translation>نُسخ احتياطياً الساعة {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="172"/>
        <source>The backup failed: {0}.</source>
        <translation>فشل النسخ الاحتياطي: {0}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../pos_app/ui/charts.py" line="69"/>
        <source>No sales in this period</source>
        <extracomment>The part of a bar shown apart (the tax in a day&apos;s sales), a lighter shade of the bar.</extracomment>
        <translation>لا مبيعات في هذه الفترة</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../../pos_app/ui/checkout/saved_cart.py" line="19"/>
        <source>1 item</source>
        <translation>قطعة واحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/saved_cart.py" line="20"/>
        <source>{0} items</source>
        <translation>عدد القطع: {0}</translation>
    </message>
</context>
<context>
    <name>CartDiscounts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="222"/>
        <source>Discount: {0}</source>
        <translation>خصم: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="237"/>
        <source>The whole cart ({0} at shelf prices); the sale spreads it over the lines.</source>
        <translation>السلة كاملة ({0} بأسعار الرفوف)؛ يوزّع البيع الخصم على البنود.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="242"/>
        <source>Discount the whole cart</source>
        <translation>خصم على السلة كاملة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="273"/>
        <source>The whole cart</source>
        <translation>السلة كاملة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="277"/>
        <source>{0}: discount removed</source>
        <translation>{0}: أُزيل الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="280"/>
        <source>{0}: discount {1}</source>
        <translation>{0}: خصم {1}</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="29"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="30"/>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="31"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="32"/>
        <source>Line total</source>
        <translation>مجموع البند</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="33"/>
        <source>Promotion / discount</source>
        <translation>عرض / خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="115"/>
        <source>Only {0} in stock</source>
        <extracomment>The column that says what the line&apos;s promotion and discounts take off. The line&apos;s own discount, as the cashier gave it. A discount on the whole cart, spread over its lines by the sale. The last quote&apos;s lines, by product id and unit price (what a line&apos;s promotion and discount take).</extracomment>
        <translation>المتوفر في المخزون {0} فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="125"/>
        <source>Promotion</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="130"/>
        <source> + cart share</source>
        <translation> + حصة من خصم السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="131"/>
        <source>Discount {0}</source>
        <translation>خصم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="134"/>
        <source>Cart discount</source>
        <translation>خصم السلة</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="53"/>
        <source>Scan a barcode, or type a product name and press Enter (3* first for three)</source>
        <translation>امسح الباركود، أو اكتب اسم المنتج واضغط Enter (اكتب ‎3*‎ قبله لثلاث قطع)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="88"/>
        <source>Quantity… ({0})</source>
        <translation>الكمية… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="91"/>
        <source>Remove line ({0})</source>
        <translation>حذف البند ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="94"/>
        <source>Clear cart ({0})</source>
        <translation>إفراغ السلة ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="96"/>
        <source>Discount… ({0}, cart {1})</source>
        <translation>خصم… ({0}، السلة {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="136"/>
        <source>{0} in stock</source>
        <translation>في المخزون: {0}</translation>
    </message>
</context>
<context>
    <name>CartParking</name>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="73"/>
        <source>No parked carts at this counter</source>
        <extracomment>How soon a park or resume whose answer was lost is sent again. A park or resume sent and not yet answered: (&quot;park&quot;|&quot;swap&quot;, key, take id, note). The cart being parked had discounts: a parked cart does not keep them.</extracomment>
        <translation>لا توجد سلال معلّقة على هذه الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="102"/>
        <source>Parking the cart…</source>
        <translation>جارٍ تعليق السلة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="120"/>
        <source>Resuming the parked cart…</source>
        <translation>جارٍ استئناف السلة المعلّقة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="130"/>
        <source>Cart parked ({0}). {1} brings it back.</source>
        <translation>عُلّقت السلة ({0}). اضغط {1} لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="152"/>
        <source>Parked cart resumed ({0}).</source>
        <translation>استُؤنفت السلة المعلّقة ({0}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="154"/>
        <source>The cart that was on screen is parked ({0}).</source>
        <translation>عُلّقت السلة التي كانت على الشاشة ({0}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="157"/>
        <source>{0} product(s) no longer sold were left out.</source>
        <translation>استُبعدت منتجات لم تعد تُباع: {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="169"/>
        <source>Its discounts are not kept: give them again after resuming.</source>
        <translation>لا تُحفظ خصوماتها: أعد إدخالها بعد الاستئناف.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="176"/>
        <source>The connection dropped; the cart is kept on this computer and sent again.</source>
        <translation>انقطع الاتصال؛ السلة محفوظة على هذا الحاسوب وستُرسل مجدداً.</translation>
    </message>
</context>
<context>
    <name>CartQuoter</name>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="103"/>
        <source>Pricing the cart: the payment opens as soon as it is priced</source>
        <extracomment>A quote writes nothing, but its request is checked like a sale&apos;s: it needs a UUID. The total beside Pay while an earlier cart&apos;s figure is shown. the cart the quote or the error is about Raised by ``reprice``: an answer asked before it is about the old pricing. What to do with the quote of the cart on screen once it is in (F12 waiting). The cart and its total shown before ``reprice``: said if the new pricing changes that cart&apos;s total (not a total changed by a scan since).</extracomment>
        <translation>جارٍ تسعير السلة: تُفتح نافذة الدفع فور انتهاء التسعير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="151"/>
        <source>The store&apos;s prices changed: the total is now {0} (was {1})</source>
        <translation>تغيّرت أسعار المتجر: الإجمالي الآن {0} (كان {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="160"/>
        <source>Cannot pay yet: the cart cannot be priced. {0}</source>
        <translation>لا يمكن الدفع بعد: تعذّر تسعير السلة. {0}</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="154"/>
        <source>e.g. {0}</source>
        <translation>مثلًا {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="156"/>
        <source>&amp;Amount</source>
        <translation>ال&amp;مبلغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="157"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="158"/>
        <source>&amp;Record</source>
        <translation>&amp;تسجيل</translation>
    </message>
</context>
<context>
    <name>CashSettingsFields</name>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="40"/>
        <source>e.g. 0.05, 0.10, 0.25, 1, 5, 10, 20, 50</source>
        <extracomment>As many notes and coins as ``services.shifts.update_settings`` takes.</extracomment>
        <translation>مثلاً 0.05، 0.10، 0.25، 1، 5، 10، 20، 50</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="43"/>
        <source>The notes and coins a drawer is counted in when a shift opens and closes</source>
        <translation>الأوراق والقطع النقدية التي يُعدّ بها الدرج عند فتح الوردية وإغلاقها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="51"/>
        <source>A shift whose cash is over or short by more than this needs a manager to close</source>
        <translation>الوردية التي يزيد نقدها أو ينقص بأكثر من هذا تحتاج مديراً لإغلاقها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="58"/>
        <source>Count the drawer b&amp;y</source>
        <translation>عدّ الدرج &amp;بـ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="61"/>
        <source>Over/short &amp;limit</source>
        <translation>&amp;حد الفرق</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="83"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="92"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="92"/>
        <source>Add a category</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="95"/>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="95"/>
        <source>Rename the category</source>
        <translation>إعادة تسمية الفئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="98"/>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="149"/>
        <source>&amp;Retire</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="101"/>
        <source>Retire the category (its products keep it)</source>
        <translation>إيقاف الفئة (تحتفظ بها منتجاتها)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="149"/>
        <source>Reac&amp;tivate</source>
        <translation>إعادة ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="185"/>
        <source>Added {0}</source>
        <translation>أُضيف {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="187"/>
        <source>Renamed {0} to {1}</source>
        <translation>أُعيدت تسمية {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="189"/>
        <source>Reactivated {0}</source>
        <translation>أُعيد تفعيل {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="191"/>
        <source>Retired {0}</source>
        <translation>أُوقف {0}</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="40"/>
        <source>Add a category</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="42"/>
        <source>Rename {0}</source>
        <translation>إعادة تسمية {0}</translation>
    </message>
</context>
<context>
    <name>CategoryNameDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="48"/>
        <source>1-{0} characters</source>
        <translation>من 1 إلى {0} حرفاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="49"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
</context>
<context>
    <name>CategoryRateDialog</name>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="101"/>
        <source>Tax rate of a category</source>
        <translation>نسبة ضريبة فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="109"/>
        <source>Store default ({0})</source>
        <translation>افتراضي المتجر ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="111"/>
        <source>Store default (none)</source>
        <translation>افتراضي المتجر (لا شيء)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="118"/>
        <source>Cate&amp;gory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="119"/>
        <source>&amp;Rate</source>
        <translation>ال&amp;نسبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="129"/>
        <source>There is no category yet: add one in Inventory</source>
        <translation>لا توجد فئة بعد: أضف واحدة في المخزون</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="77"/>
        <source>Change the role of {0}</source>
        <translation>تغيير دور {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="86"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="88"/>
        <source>New &amp;role</source>
        <translation>الدور ال&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="95"/>
        <source>{0} is already {1}</source>
        <translation>{0} هو {1} أصلاً</translation>
    </message>
</context>
<context>
    <name>CheckoutSide</name>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="35"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="39"/>
        <source>Name, username, phone or e-mail, then Enter ({0})</source>
        <translation>الاسم أو اسم المستخدم أو الهاتف أو البريد، ثم Enter ‏({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="43"/>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="90"/>
        <source>Walk-in customer</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="45"/>
        <source>&amp;Walk-in</source>
        <translation>&amp;زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="55"/>
        <source>Total</source>
        <extracomment>Shown once today is closed: what is sold now counts for the next business day.</extracomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="61"/>
        <source>&amp;Pay ({0})</source>
        <translation>&amp;دفع ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="71"/>
        <source>Park ({0})</source>
        <translation>تعليق ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="72"/>
        <source>Resume ({0})</source>
        <translation>استئناف ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="73"/>
        <source>Return… ({0})</source>
        <translation>إرجاع… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="74"/>
        <source>Receipt ({0})</source>
        <translation>الإيصال ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="82"/>
        <source>End of day… ({0})</source>
        <translation>إقفال اليوم… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="92"/>
        <source>Store credit: {0}</source>
        <translation>رصيد المتجر: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="104"/>
        <source>Day {0} closed</source>
        <translation>أُقفل يوم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="105"/>
        <source>at {0} by {1}: sales now count for {2}.</source>
        <translation>الساعة {0} بواسطة {1}: تُحتسب المبيعات الآن ليوم {2}.</translation>
    </message>
</context>
<context>
    <name>CheckoutWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="71"/>
        <source>store credit</source>
        <extracomment>Where a refund&apos;s money went, as the banner says it.</extracomment>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="72"/>
        <source>cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="73"/>
        <source>the card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="210"/>
        <source>Wait: the sale is being completed</source>
        <extracomment>Tax rates, pricing settings and promotions: the cart on screen is priced again. F12, and the sale in flight (``paying.checking`` while its outcome is unknown). F8 and F9, and the park or resume in flight (``parking.op``). Enter in the scan field, and the ``3*`` multiplier. The cart in the counter&apos;s own file, and the one left there brought back at start. Enter in the customer field: who was typed, picked from a list if several. What the cart will be charged (``sales.quote``), asked after every change. F7 and Shift+F7. The receipt printer: receipts not printed (Ctrl+Shift+P), refund slips. The customer&apos;s own display and pole display, when this counter has them. Shifts and cash: open, paid in/out, No sale, blind close, X report, void.</extracomment>
        <translation>انتظر: جارٍ إتمام البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="214"/>
        <source>Wait: the cart is being parked, resumed or brought back</source>
        <translation>انتظر: جارٍ تعليق السلة أو استئنافها أو استعادتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="230"/>
        <source>A line holds at most {0} units</source>
        <translation>لا يتجاوز البند {0} وحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="237"/>
        <source>Only {0} of {1} in stock</source>
        <translation>المتوفر من {1} في المخزون {0} فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="271"/>
        <source>{0} removed</source>
        <translation>حُذف {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="280"/>
        <source>Clear the cart</source>
        <translation>إفراغ السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="281"/>
        <source>Remove all {0} from the cart?</source>
        <translation>حذف كل القطع من السلة؟ ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="283"/>
        <source>Remove the one item from the cart?</source>
        <translation>إزالة الصنف الوحيد من السلة؟</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="295"/>
        <source>Cart cleared</source>
        <translation>أُفرغت السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="369"/>
        <source>No sale yet at this counter</source>
        <translation>لا توجد مبيعات بعد على هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="376"/>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="393"/>
        <source>Refund completed: {0} to {1}</source>
        <translation>تمّ الاسترداد: {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="426"/>
        <source>1 cart parked at this counter: {0} to resume.</source>
        <translation>سلة معلّقة واحدة على هذا الصندوق: {0} لاستئنافها.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="428"/>
        <source>{count} carts parked at this counter: {0} to resume.</source>
        <translation>سلال معلّقة على هذا الصندوق: {count}. اضغط {0} للاستئناف.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="22"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="23"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="48"/>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="24"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="66"/>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="110"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="26"/>
        <source>Net of tax</source>
        <translation>دون الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="27"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="76"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="93"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="28"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="78"/>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="29"/>
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="65"/>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="72"/>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="32"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="84"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="58"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="33"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="34"/>
        <source>Revenue</source>
        <translation>الإيراد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="58"/>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="79"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="42"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="60"/>
        <source>Sale</source>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="62"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="59"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="60"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="63"/>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="109"/>
        <source>Cashier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="61"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="64"/>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="40"/>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="83"/>
        <source>Counter</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="44"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="65"/>
        <source>Items</source>
        <translation>القطع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="67"/>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="71"/>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="75"/>
        <source>Paid by</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="85"/>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="67"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="86"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="68"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="87"/>
        <source>Line total</source>
        <translation>مجموع البند</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="89"/>
        <source>Off</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="94"/>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="269"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="97"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="270"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="271"/>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="298"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="299"/>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="28"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="98"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="99"/>
        <source>Tendered</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="26"/>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="41"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="29"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="100"/>
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="28"/>
        <source>Stock after</source>
        <translation>المخزون بعدها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="27"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="30"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="29"/>
        <source>Balance after</source>
        <translation>الرصيد بعدها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="30"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="31"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="31"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="32"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="50"/>
        <source>Wallet</source>
        <translation>المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="55"/>
        <source>Cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="58"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="66"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="27"/>
        <source>Quantity</source>
        <extracomment>Selecting rows with the arrow keys should not start a history query per key press. The figures first: the panel is narrow, and a right-aligned number cut by its edge read &quot;3&quot; for 36 (the French trial, behind a long date).</extracomment>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="74"/>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="105"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="64"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="75"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="61"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="76"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="63"/>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="101"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="41"/>
        <source>Opened by</source>
        <translation>فتحها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="42"/>
        <source>Opened</source>
        <translation>الفتح</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="43"/>
        <source>Closed</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="44"/>
        <source>Float</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="45"/>
        <source>Cash sales</source>
        <translation>المبيعات نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="46"/>
        <source>Card sales</source>
        <translation>المبيعات بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="48"/>
        <source>Store credit sales</source>
        <translation>المبيعات من رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="50"/>
        <source>Refunds</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="51"/>
        <source>Paid in</source>
        <translation>إيداع نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="52"/>
        <source>Paid out</source>
        <translation>سحب نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="53"/>
        <source>Cash expected</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="54"/>
        <source>Cash counted</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="273"/>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="56"/>
        <source>Over / short</source>
        <translation>زيادة / نقص</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="60"/>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="62"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="236"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="55"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="63"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="64"/>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="141"/>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="49"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="58"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="32"/>
        <source>Username</source>
        <extracomment>The balance follows the name, so that it is in view on a 1366 px screen whatever the e-mails&apos; width (in Arabic a balance at the far end was cut to &quot;5.50 $&quot; for 25.50). A phone number and an e-mail keep their order inside right-to-left text.</extracomment>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="137"/>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="40"/>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="59"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="234"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="54"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="33"/>
        <source>Name</source>
        <extracomment>The file&apos;s columns as the preview titles them (the file&apos;s own header stays English).</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="138"/>
        <source>Takes off</source>
        <translation>يخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="139"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="140"/>
        <source>Covers</source>
        <translation>يشمل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="61"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="62"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="63"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="60"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="65"/>
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="66"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="36"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="239"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="56"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="245"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="58"/>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="250"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="59"/>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="64"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="251"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="60"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="35"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="73"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="253"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="60"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="57"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="61"/>
        <source>Variable price</source>
        <translation>سعر متغيّر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="64"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="68"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="69"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="135"/>
        <source>Import</source>
        <extracomment>What the import does with each row, by file line (the dry run&apos;s plan).</extracomment>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="42"/>
        <source>Percent</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="45"/>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="53"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="80"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="81"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="82"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="84"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="85"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="62"/>
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="65"/>
        <source>Moderated by</source>
        <translation>راجعه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="66"/>
        <source>Moderated at</source>
        <translation>وقت المراجعة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="34"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="106"/>
        <source>Sale number</source>
        <translation>رقم البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="107"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="108"/>
        <source>Reached the server</source>
        <translation>وصل إلى الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="111"/>
        <source>Resolved by</source>
        <translation>حُلّ بواسطة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="112"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="46"/>
        <source>Resolved</source>
        <extracomment>The widest the &quot;What happened&quot; column starts (px): the other columns stay in sight.</extracomment>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="47"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="55"/>
        <source>Sale {0} was refused by the server when it was sent ({1}): nothing of it is on the server, though the customer paid for it.</source>
        <translation>رفض الخادم البيع {0} عند إرساله ({1}): لا شيء منه على الخادم، مع أن العميل دفع ثمنه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="62"/>
        <source>the server keeps sale #{0} as it first arrived</source>
        <translation>يحتفظ الخادم بالبيع رقم {0} كما وصل أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="66"/>
        <source>the server keeps the sale as it first arrived</source>
        <translation>يحتفظ الخادم بالبيع كما وصل أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="68"/>
        <source>Sale {0} was sent again with other content: {1}. Check the two.</source>
        <translation>أُرسل البيع {0} مجدداً بمحتوى مختلف: {1}. راجع الاثنين.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="74"/>
        <source>{0} (now {1})</source>
        <translation>{0} (الآن {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="78"/>
        <source>Sold offline with too little stock left: {0} went below zero.</source>
        <translation>بيع دون اتصال بمخزون غير كافٍ: نزل {0} تحت الصفر.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="80"/>
        <source>a product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="84"/>
        <source>{0} was charged {1}; its shelf price is now {2}. The sale keeps {1}.</source>
        <translation>احتُسب {0} بسعر {1}؛ سعره على الرف الآن {2}. يحتفظ البيع بـ{1}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="90"/>
        <source>A price changed while the counter was offline; the sale keeps what the counter charged.</source>
        <translation>تغيّر سعر أثناء انقطاع الصندوق عن الخادم؛ يحتفظ البيع بما احتسبه الصندوق.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="119"/>
        <source>Nothing to look at: no offline sale arrived flagged</source>
        <translation>لا شيء للمراجعة: لم يصل أي بيع دون اتصال مُعلَّماً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="121"/>
        <source>1 open, {0} in all</source>
        <translation>1 مفتوح، {0} إجمالاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="122"/>
        <source>{0} open, {1} in all</source>
        <translation>{0} مفتوحة، {1} إجمالاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="136"/>
        <source>Resolve {0}</source>
        <translation>حلّ {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="145"/>
        <source>What was done: counted the shelf, refunded the difference…</source>
        <translation>ما الذي فُعل: عُدّ الرف، أُعيد الفرق…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="147"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="148"/>
        <source>&amp;Resolve</source>
        <translation>&amp;حلّ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="153"/>
        <source>Write what was done first</source>
        <translation>اكتب أولاً ما الذي فُعل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="249"/>
        <source>Sold at {0} at this counter; only this counter has it.</source>
        <translation>بيع في {0} في هذا الصندوق؛ لا يملكه إلا هذا الصندوق.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="255"/>
        <source>Sold at {0} by {1}; reached the server at {2}.</source>
        <translation>بيع في {0} بواسطة {1}؛ وصل إلى الخادم في {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="261"/>
        <source>Resolved by {0} at {1}: {2}</source>
        <translation>حلّه {0} في {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="286"/>
        <source>{0} resolved: {1}</source>
        <translation>حُلّ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ConflictsWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="166"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;حلّ…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="169"/>
        <source>Write what was done about the selected row</source>
        <translation>اكتب ما الذي فُعل بشأن الصف المحدد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="173"/>
        <source>Refres&amp;h</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="173"/>
        <source>Load the list again</source>
        <translation>أعد تحميل القائمة</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="185"/>
        <source>&amp;Retry</source>
        <extracomment>The classes of the input events below: every event the application handles passes through this filter (paints, timers, ...), and a class test first spares them reading their type, a Python enum made per call (a tenth of the UI&apos;s own CPU).</extracomment>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="90"/>
        <source>Optional: the card terminal&apos;s total</source>
        <translation>اختياري: مجموع جهاز البطاقات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="91"/>
        <source>Card &amp;terminal total</source>
        <translation>مجموع &amp;جهاز البطاقات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="104"/>
        <source>Counted: {0}</source>
        <translation>المعدود: {0}</translation>
    </message>
</context>
<context>
    <name>CounterReceipts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="70"/>
        <source>1 receipt not printed: {0} prints it</source>
        <extracomment>Sales whose receipt the cashier asked for again: said once printed. The last sale recorded offline here (Ctrl+Shift+P prints it again when it is newer than the last sale the server recorded).</extracomment>
        <translation>إيصال واحد لم يُطبع: {0} لطباعته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="72"/>
        <source>{count} receipts not printed: {0} prints them</source>
        <translation>إيصالات لم تُطبع: {count}. اضغط {0} لطباعتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="87"/>
        <source>Printing 1 receipt…</source>
        <translation>جارٍ طباعة إيصال واحد…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="87"/>
        <source>Printing {0} receipts…</source>
        <translation>جارٍ طباعة الإيصالات: {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="96"/>
        <source>sale {0}</source>
        <translation>البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="100"/>
        <source>The receipt of {0} is printing now</source>
        <translation>إيصال {0} قيد الطباعة الآن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="105"/>
        <source>Printing the receipt of {0} again (a copy)…</source>
        <translation>جارٍ إعادة طباعة إيصال {0} (نسخة)…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="109"/>
        <source>No sale yet at this counter</source>
        <translation>لا توجد مبيعات بعد على هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="113"/>
        <source>Printing the receipt of sale {0} again (a copy)…</source>
        <translation>جارٍ إعادة طباعة إيصال البيع {0} (نسخة)…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="134"/>
        <source>Printed the receipt of {0} again</source>
        <translation>أُعيدت طباعة إيصال {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="142"/>
        <source>Printed the receipt of sale {0} again</source>
        <translation>أُعيدت طباعة إيصال البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="146"/>
        <source>Printed 1 receipt</source>
        <translation>طُبع إيصال واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="146"/>
        <source>Printed {0} receipts</source>
        <translation>الإيصالات المطبوعة: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="154"/>
        <source>the rest did NOT print: {0}</source>
        <translation>لم يُطبع الباقي: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="157"/>
        <source>The receipts did NOT print: {0}</source>
        <translation>لم تُطبع الإيصالات: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="166"/>
        <source>The refund slip did NOT print: {0}</source>
        <translation>لم يُطبع إيصال الاسترداد: {0}</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../pos_app/ui/csv_export.py" line="70"/>
        <source>Could not write {0}: {1}</source>
        <extracomment>Rows asked for at a time when paging a whole export out of a service.</extracomment>
        <translation>تعذّرت الكتابة في {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="34"/>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="67"/>
        <source>No customer selected</source>
        <translation>لم يُختر زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="39"/>
        <source>Wallet balance</source>
        <translation>رصيد المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="51"/>
        <source>Wa&amp;llet</source>
        <translation>ا&amp;لمحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="52"/>
        <source>&amp;Purchases</source>
        <translation>&amp;المشتريات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="53"/>
        <source>Revie&amp;ws</source>
        <translation>الت&amp;قييمات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="79"/>
        <source>age {0}</source>
        <translation>العمر {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="84"/>
        <source>deactivated: wallet frozen</source>
        <translation>معطّل: المحفظة مجمّدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="86"/>
        <source>Balance {0}</source>
        <translation>الرصيد {0}</translation>
    </message>
</context>
<context>
    <name>CustomerDialogs</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="32"/>
        <source>Not given</source>
        <extracomment>Wide enough that a field&apos;s validation message fits on a line or two.</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="88"/>
        <source>optional; digits, spaces, + - ( )</source>
        <translation>اختياري؛ أرقام ومسافات و+ - ( )</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="91"/>
        <source>optional; name@example.com</source>
        <translation>اختياري؛ name@example.com</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="92"/>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="93"/>
        <source>E-mai&amp;l</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="48"/>
        <source>TOTAL</source>
        <extracomment>Rows said in the largest type. For lupdate: the rows&apos; names (given in English, the pole display&apos;s words), shown translated on the window.</extracomment>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="49"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="50"/>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="51"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="52"/>
        <source>In cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="53"/>
        <source>Tendered</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="54"/>
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="113"/>
        <source>{0} — customer display</source>
        <translation>{0} — شاشة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="131"/>
        <source>Welcome</source>
        <extracomment>The window the activation goes back to (the cashier&apos;s).</extracomment>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="155"/>
        <source>Thank you!</source>
        <translation>شكراً لكم!</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayLink</name>
    <message>
        <location filename="../../pos_app/ui/checkout/customer_display_link.py" line="293"/>
        <source>Customer pole display: {0}</source>
        <extracomment>How long the thank-you stays when no next customer is scanned.</extracomment>
        <translation>شاشة العمود للزبون: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerDisplaySettings</name>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="23"/>
        <source>S&amp;how a customer display</source>
        <translation>إظ&amp;هار شاشة للزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="26"/>
        <source>none; or /dev/ttyUSB0, COM3:9600, a file</source>
        <translation>لا شيء؛ أو /dev/ttyUSB0 أو COM3:9600 أو ملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="29"/>
        <source>&amp;Pole display (2 x 20)</source>
        <translation>شاشة ال&amp;عمود (2 x 20)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="33"/>
        <source>The display opens full screen on a second screen when there is one, else as a window of its own. The pole display is optional: a serial port (9600 baud unless given, e.g. COM3:19200) or a device or file path. Both apply as soon as Settings closes.</source>
        <translation>تُفتح الشاشة بملء شاشة ثانية إن وُجدت، وإلا في نافذة خاصة بها. شاشة العمود اختيارية: منفذ تسلسلي (9600 باود ما لم يُحدَّد، مثلاً COM3:19200) أو مسار جهاز أو ملف. يُطبَّق الاثنان فور إغلاق الإعدادات.</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <location filename="../../pos_app/ui/checkout/customer_lookup.py" line="57"/>
        <source>No customer matches that</source>
        <translation>لا يوجد زبون مطابق</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="160"/>
        <source>Choose the customer</source>
        <translation>اختر الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="161"/>
        <source>{0} customers match. Arrows, then Enter.</source>
        <translation>عدد الزبائن المطابقين: {0}. استخدم الأسهم ثم Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="166"/>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
</context>
<context>
    <name>CustomersWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="84"/>
        <source>Name, username, phone or e-mail (Ctrl+F)</source>
        <extracomment>Columns only those who may edit customers see (a cashier&apos;s records have them blank). The customer to select once the list has loaded (kept across reloads).</extracomment>
        <translation>الاسم أو اسم المستخدم أو الهاتف أو البريد (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="86"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="89"/>
        <source>&amp;Include deactivated</source>
        <translation>ت&amp;ضمين المعطّلين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="93"/>
        <source>&amp;Register…</source>
        <translation>ت&amp;سجيل…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="93"/>
        <source>Register a customer</source>
        <translation>تسجيل زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="96"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="96"/>
        <source>Edit the customer</source>
        <translation>تعديل الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="99"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="99"/>
        <source>Delete the customer</source>
        <translation>حذف الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="102"/>
        <source>&amp;Top up…</source>
        <translation>&amp;شحن…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="102"/>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="293"/>
        <source>Top up the customer&apos;s wallet</source>
        <translation>شحن محفظة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="105"/>
        <source>Ded&amp;uct…</source>
        <translation>&amp;خصم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="108"/>
        <source>Take money out of the customer&apos;s wallet, with the reason</source>
        <translation>اخصم مبلغًا من محفظة العميل مع ذكر السبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="111"/>
        <source>Re&amp;activate</source>
        <translation>إعادة ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="114"/>
        <source>Reactivate the deactivated customer: their wallet moves again</source>
        <translation>إعادة تفعيل الزبون المعطّل: تعود محفظته للعمل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="118"/>
        <source>Wallet PI&amp;N…</source>
        <translation>رمز PI&amp;N للمحفظة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="118"/>
        <source>Set the customer&apos;s wallet PIN</source>
        <translation>تعيين رمز PIN لمحفظة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="121"/>
        <source>Wallet &amp;card…</source>
        <translation>بطاقة المحف&amp;ظة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="121"/>
        <source>Issue the customer&apos;s card</source>
        <translation>إصدار بطاقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="132"/>
        <source>Only a manager or an admin can edit customers</source>
        <extracomment>A cashier deletes only with a manager&apos;s credentials typed on the spot.</extracomment>
        <translation>لا يعدّل الزبائن إلا مدير أو مسؤول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="135"/>
        <source>Delete the customer (a manager authorises) (Del)</source>
        <translation>حذف الزبون (بتفويض مدير) (Del)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="243"/>
        <source>{0} of {1:,}+ customers</source>
        <translation>{0} من أكثر من {1:,} زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="245"/>
        <source>{0} of {1} customers</source>
        <translation>{0} من {1} زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="247"/>
        <source>{0} customers</source>
        <translation>عدد الزبائن: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="291"/>
        <source>A deactivated customer&apos;s wallet is frozen: a manager reactivates them first</source>
        <translation>محفظة الزبون المعطّل مجمّدة: يعيد المدير تفعيله أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="313"/>
        <source>Customer {0} was registered</source>
        <translation>سُجّل الزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="334"/>
        <source>Customer {0} was updated</source>
        <translation>عُدّل الزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="352"/>
        <source>Took {0} from {1}&apos;s wallet; balance {2}</source>
        <translation>خُصم {0} من محفظة {1}؛ الرصيد {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="361"/>
        <source>The wallet PIN of {0} was set</source>
        <translation>تم تعيين رمز PIN لمحفظة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="375"/>
        <source>A new card was issued to {0}</source>
        <translation>أُصدرت بطاقة جديدة لـ {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="378"/>
        <source>Customer card</source>
        <translation>بطاقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="379"/>
        <source>Print this code as the barcode of {0}&apos;s card:

{1}</source>
        <translation>اطبع هذا الرمز كرمز شريطي لبطاقة {0}:

{1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="396"/>
        <source>Customer {0} was reactivated</source>
        <translation>أُعيد تفعيل الزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="402"/>
        <source>Added {0} to {1}&apos;s wallet; balance {2}</source>
        <translation>أُضيف {0} إلى محفظة {1}؛ الرصيد {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="436"/>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="450"/>
        <source>Delete customer</source>
        <translation>حذف الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="438"/>
        <source>Delete {0} ({1})? A manager authorises this. A customer with purchases or wallet history is deactivated instead.</source>
        <translation>حذف {0} ({1})؟ يفوّض ذلك مدير. الزبون الذي له مشتريات أو سجل محفظة يُعطَّل بدلاً من حذفه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="452"/>
        <source>Delete {0} ({1})?

A customer with purchases or wallet history is deactivated instead, so that history stays whole.</source>
        <translation>حذف {0} ({1})؟

الزبون الذي له مشتريات أو سجل محفظة يُعطَّل بدلاً من حذفه، كي يبقى ذلك السجل كاملاً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="455"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>DeductDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="85"/>
        <source>Deduct from {0}</source>
        <translation>خصم من {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="87"/>
        <source>e.g. a top-up made twice</source>
        <translation>مثلًا شحن تكرر مرتين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="88"/>
        <source>&amp;Amount</source>
        <translation>ال&amp;مبلغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="89"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="95"/>
        <source>Say why the money is taken out</source>
        <translation>اذكر سبب خصم المبلغ</translation>
    </message>
</context>
<context>
    <name>DiscountApproval</name>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="69"/>
        <source>&amp;Authorise</source>
        <extracomment>How soon a sale whose outcome is unknown is asked for again.</extracomment>
        <translation>&amp;تفويض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="70"/>
        <source>&amp;Manager</source>
        <translation>ال&amp;مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="71"/>
        <source>Manager pass&amp;word</source>
        <translation>كلمة مرور ال&amp;مدير</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="139"/>
        <source>e.g. 10</source>
        <extracomment>The server is known away: the cart is priced offline at once.</extracomment>
        <translation>مثلاً 10</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="142"/>
        <source>or an amount, e.g. 2.50</source>
        <translation>أو مبلغ، مثلاً 2.50</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="144"/>
        <source>required: why it is given</source>
        <translation>إلزامي: سبب منحه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="145"/>
        <source>&amp;Percent off</source>
        <translation>&amp;نسبة الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="146"/>
        <source>Amount o&amp;ff</source>
        <translation>&amp;مبلغ الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="147"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="155"/>
        <source>Re&amp;move discount</source>
        <translation>إ&amp;زالة الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="160"/>
        <source>Appl&amp;y discount</source>
        <translation>&amp;تطبيق الخصم</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="43"/>
        <source>it is over the cashiers&apos; limit: a manager authorises it when paying</source>
        <extracomment>What a cashier reads when a discount is over their limit.</extracomment>
        <translation>يتجاوز حدّ أمناء الصندوق: يفوّضه المدير عند الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="54"/>
        <source>cart {0}: {1}</source>
        <translation>السلة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="65"/>
        <source>Authorise discounts of {0}</source>
        <translation>تفويض خصومات بقيمة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="77"/>
        <source>Type the percent off as a number, e.g. 10</source>
        <translation>اكتب النسبة رقماً، مثلاً 10</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="81"/>
        <source>A percent off is more than 0 and at most 100</source>
        <translation>نسبة الخصم أكبر من 0 ولا تتجاوز 100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="90"/>
        <source>Type a percent off or an amount off</source>
        <translation>اكتب نسبة خصم أو مبلغ خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="94"/>
        <source>A discount is a percent or an amount, not both</source>
        <translation>الخصم نسبة أو مبلغ، لا الاثنان معاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="98"/>
        <source>Say why: a discount needs a reason</source>
        <translation>اذكر السبب: الخصم يتطلب سبباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="102"/>
        <source>The amount off</source>
        <translation>مبلغ الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="104"/>
        <source>The amount off is more than 0.00</source>
        <translation>مبلغ الخصم أكبر من 0.00</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="39"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="40"/>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="56"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="56"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="108"/>
        <source>Finishing the parking of the cart left on screen at this counter…</source>
        <extracomment>How soon a cart left over is asked for again when the database did not answer. Saving is held while the screen is rebuilt from a saved or resumed cart.</extracomment>
        <translation>جارٍ إكمال تعليق السلة المتروكة على الشاشة في هذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="110"/>
        <source>Bringing back the cart left on screen at this counter…</source>
        <translation>جارٍ استعادة السلة التي بقيت على شاشة هذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="120"/>
        <source>The cart left on screen is kept on this computer and comes back as soon as the database answers. {0}</source>
        <translation>السلة التي بقيت على الشاشة محفوظة على هذا الحاسوب وتعود فور استجابة قاعدة البيانات. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="153"/>
        <source>Cart brought back from before the app stopped: {0}</source>
        <translation>استُعيدت السلة من قبل توقف التطبيق: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="157"/>
        <source> for {0}</source>
        <translation> للزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="159"/>
        <source>, rung up by {0}</source>
        <translation>، سجّلها {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="162"/>
        <source>product {0}</source>
        <translation>المنتج {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="164"/>
        <source>No longer sold, left out: {0}.</source>
        <translation>لم تعد تُباع واستُبعدت: {0}.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="160"/>
        <source>Edit customer {0}</source>
        <translation>تعديل الزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="167"/>
        <source>optional; years</source>
        <translation>اختياري؛ بالسنوات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="176"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="178"/>
        <source>A&amp;ge</source>
        <translation>ال&amp;عمر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="179"/>
        <source>A&amp;ddress</source>
        <translation>الع&amp;نوان</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="180"/>
        <source>G&amp;ender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="181"/>
        <source>&amp;Marital status</source>
        <translation>ا&amp;لحالة الاجتماعية</translation>
    </message>
</context>
<context>
    <name>EditReviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="146"/>
        <source>Saving changes: {0}</source>
        <translation>حفظ التغييرات: {0}</translation>
    </message>
</context>
<context>
    <name>EndOfDayDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="61"/>
        <source>End of day</source>
        <extracomment>Previews sent so far: only the answer to the last one is shown.</extracomment>
        <translation>إقفال اليوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="76"/>
        <source>This counter ({0})</source>
        <extracomment>Sales made offline at this counter that have not reached the server.</extracomment>
        <translation>هذا الصندوق ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="79"/>
        <source>Whole store</source>
        <translation>المتجر كله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="82"/>
        <source>Today: the open business day; another date: that calendar day</source>
        <translation>اليوم: يوم العمل المفتوح؛ تاريخ آخر: ذلك اليوم التقويمي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="84"/>
        <source>&amp;Counted cash</source>
        <translation>النقد ال&amp;معدود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="85"/>
        <source>&amp;Opening float</source>
        <translation>الرصيد الا&amp;فتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="86"/>
        <source>&amp;For</source>
        <translation>&amp;لـ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="87"/>
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="93"/>
        <source>&amp;Preview</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="94"/>
        <source>C&amp;lose the day…</source>
        <translation>إ&amp;قفال اليوم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="95"/>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="96"/>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="115"/>
        <source>1 sale made offline at this counter has not reached the server: it counts for the day it arrives in, and closing now is recorded with it waiting.</source>
        <translation>لم يصل إلى الخادم بيع واحد أُجري دون اتصال في هذا الصندوق: يُحتسب لليوم الذي يصل فيه، ويُسجَّل الإغلاق الآن وهو في الانتظار.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="120"/>
        <source>{0} sales made offline at this counter have not reached the server: they count for the day they arrive in, and closing now is recorded with them waiting.</source>
        <translation>لم تصل إلى الخادم {0} مبيعات أُجريت دون اتصال في هذا الصندوق: تُحتسب لليوم الذي تصل فيه، ويُسجَّل الإغلاق الآن وهي في الانتظار.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="140"/>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="181"/>
        <source>Counted cash</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="183"/>
        <source>Opening float</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="190"/>
        <source>counter {0}</source>
        <translation>الصندوق {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="190"/>
        <source>the whole store</source>
        <translation>المتجر كله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="191"/>
        <source>Close the business day for {0}? There is one closing a day.</source>
        <translation>إقفال يوم العمل لـ {0}؟ يوجد إقفال واحد في اليوم.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="198"/>
        <source>Close the business day {0} for {1}?

Counted cash: {2}
Expected so far: {3}
Difference: {4}

There is one closing a day; it cannot be undone, and what is sold after it counts for the next day.</source>
        <translation>إقفال يوم العمل {0} لـ {1}؟

النقد المعدود: {2}
المتوقع حتى الآن: {3}
الفرق: {4}

يوجد إقفال واحد في اليوم؛ لا يمكن التراجع عنه، وما يُباع بعده يُحتسب لليوم التالي.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="213"/>
        <source>Close the day</source>
        <translation>إقفال اليوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="215"/>
        <source>&amp;Close the day</source>
        <translation>إ&amp;قفال اليوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="249"/>
        <source>Today is closed already: the next closing is tomorrow.</source>
        <translation>أُغلق اليوم بالفعل: الإغلاق التالي غدًا.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="256"/>
        <source>Calendar day {0} (a preview; closing is for today)</source>
        <translation>اليوم التقويمي {0} (معاينة؛ الإقفال لليوم فقط)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="272"/>
        <source>The float the day&apos;s first shift counted</source>
        <translation>الرصيد الافتتاحي الذي عدّته أول وردية في اليوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="285"/>
        <source>Closing the day needs the server, and it cannot be reached: close once it is back.</source>
        <translation>إغلاق اليوم يحتاج إلى الخادم، وهو غير متاح: أغلق عند عودته.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="305"/>
        <source>Save Z report</source>
        <translation>حفظ تقرير Z</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="305"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="313"/>
        <source>Z report</source>
        <translation>تقرير Z</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../pos_app/ui/errors.py" line="37"/>
        <source>Something went wrong. The details are in {0}.</source>
        <translation>حدث خطأ. التفاصيل في {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/errors.py" line="38"/>
        <source>Something went wrong.</source>
        <translation>حدث خطأ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/errors.py" line="59"/>
        <source>Counter POS</source>
        <translation>Counter POS</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="196"/>
        <source>Counter POS: set up the store</source>
        <translation>Counter POS: إعداد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="202"/>
        <source>&lt;h2&gt;Welcome to Counter POS&lt;/h2&gt;Name the store (receipts show its name and address), then create the administrator account. It manages staff and settings; keep its password safe.</source>
        <translation>&lt;h2&gt;مرحباً بك في Counter POS&lt;/h2&gt;سمِّ المتجر (تظهر الإيصالات اسمه وعنوانه)، ثم أنشئ حساب المسؤول. يدير هذا الحساب الموظفين والإعدادات؛ احفظ كلمة مروره في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="214"/>
        <source>as printed on receipts</source>
        <translation>كما يُطبع على الإيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="217"/>
        <source>street, town (optional)</source>
        <translation>الشارع، المدينة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="219"/>
        <source>&amp;Store name</source>
        <translation>اسم المت&amp;جر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="221"/>
        <source>Store &amp;address</source>
        <translation>&amp;عنوان المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="234"/>
        <source>Your na&amp;me</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="235"/>
        <source>&amp;Username</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="236"/>
        <source>&amp;Password (8-72)</source>
        <translation>&amp;كلمة المرور (8-72)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="237"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;تكرار كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="244"/>
        <source>&amp;Create administrator</source>
        <translation>&amp;إنشاء المسؤول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="245"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="258"/>
        <source>Give the store a name: receipts show it</source>
        <translation>أعطِ المتجر اسماً: تظهره الإيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="261"/>
        <source>The two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../pos_app/ui/forms.py" line="61"/>
        <source>{label} can be at most {limit:,} characters (you have {length:,})</source>
        <extracomment>QLineEdit&apos;s own ceiling: ``setMaxLength`` cannot go higher. The domain&apos;s length limits, by the field names the forms use. A screen may pass its own (``limit=``) or set ``setMaxLength`` on a line edit; either becomes a checked limit.</extracomment>
        <translation>{label}: الحد الأقصى {limit:,} حرفاً (لديك {length:,})</translation>
    </message>
</context>
<context>
    <name>InventoryWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="52"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="95"/>
        <source>&amp;Add…</source>
        <extracomment>A cashier may edit too, with a manager&apos;s credentials typed into the dialog. The categories managers defined, as last read (retired ones too). The tax rates (retired ones too) as last read, for the product dialog. Stock history is read with the restock permission.</extracomment>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="95"/>
        <source>Add a product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="98"/>
        <source>Edit the product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="101"/>
        <source>&amp;Restock…</source>
        <translation>إعادة ت&amp;زويد…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="101"/>
        <source>Add a delivery to the stock</source>
        <translation>إضافة شحنة إلى المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="104"/>
        <source>Re&amp;move…</source>
        <translation>إ&amp;خراج من المخزون…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="107"/>
        <source>Take units out (damaged, lost, expired)</source>
        <translation>إخراج وحدات (تالفة، مفقودة، منتهية الصلاحية)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="110"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="113"/>
        <source>Import products from a CSV file</source>
        <translation>استيراد منتجات من ملف CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="116"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="119"/>
        <source>Export every product to a CSV file</source>
        <translation>تصدير كل المنتجات إلى ملف CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="122"/>
        <source>Ca&amp;tegories…</source>
        <translation>ال&amp;فئات…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="125"/>
        <source>Add, rename or retire categories</source>
        <translation>إضافة الفئات أو إعادة تسميتها أو إيقافها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="146"/>
        <source>Name or barcode (Ctrl+F)</source>
        <translation>الاسم أو الباركود (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="149"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="153"/>
        <source>Show one category</source>
        <translation>عرض فئة واحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="156"/>
        <source>Show i&amp;nactive</source>
        <translation>عرض &amp;غير النشطة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="157"/>
        <source>Include products that are no longer on sale</source>
        <translation>تضمين المنتجات التي لم تعد معروضة للبيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="229"/>
        <source>{0}: managers only</source>
        <extracomment>The Rating column reads it.</extracomment>
        <translation>{0}: للمديرين فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="261"/>
        <source>&amp;Low stock (below {0})</source>
        <translation>مخزون م&amp;نخفض (أقل من {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="429"/>
        <source>Saved {name}</source>
        <translation>حُفظ {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="438"/>
        <source>Restocked {name}: {stock} in stock</source>
        <translation>أُعيد تزويد {name}: في المخزون {stock}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="447"/>
        <source>Took {count} × {name} out: {stock} left</source>
        <translation>أُخرج {count} × {name}: المتبقي {stock}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="482"/>
        <source>Added {0}</source>
        <translation>أُضيف {0}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="296"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="301"/>
        <source>Sign in as &amp;someone else</source>
        <translation>الدخول باسم &amp;شخص آخر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="207"/>
        <source>Counter POS — {store}</source>
        <extracomment>Settings closed (saved or not): the daily backup looks again at its folder.</extracomment>
        <translation>Counter POS — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="260"/>
        <source>&amp;File</source>
        <extracomment>why the window locked, when not for idleness or Ctrl+L</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="262"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="267"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="270"/>
        <source>S&amp;witch user…</source>
        <translation>تبديل المس&amp;تخدم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="273"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخ&amp;روج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="276"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="285"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="334"/>
        <source>Database: {location}</source>
        <translation>قاعدة البيانات: {location}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="392"/>
        <source>The database cannot be reached.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="393"/>
        <source>Your work on screen is kept; it will reconnect by itself.</source>
        <translation>عملك على الشاشة محفوظ؛ وسيُعاد الاتصال تلقائياً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="396"/>
        <source>Cash and card sales go on at the checkout. Returns, top-ups, new customers and staff changes wait for the server: the sales, balances and accounts are kept there.</source>
        <translation>يستمر البيع نقداً وبالبطاقة في الصندوق. أما المرتجعات وشحن الأرصدة والزبائن الجدد وتغييرات الموظفين فتنتظر الخادم: فالمبيعات والأرصدة والحسابات محفوظة عليه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="420"/>
        <source>Offline: 1 sale waiting</source>
        <translation>غير متصل: عملية بيع واحدة في الانتظار</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="422"/>
        <source>Offline: {0} sales waiting</source>
        <translation>غير متصل: {0} من عمليات البيع في الانتظار</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="427"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="427"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs.py" line="218"/>
        <source>&amp;Authorise</source>
        <translation>&amp;تفويض</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../pos_app/ui/dialogs.py" line="190"/>
        <source>&amp;Manager</source>
        <extracomment>What a person types into or picks from: where a dialog&apos;s cursor starts. Buttons are not.</extracomment>
        <translation>ال&amp;مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs.py" line="191"/>
        <source>Manager pass&amp;word</source>
        <translation>كلمة مرور ال&amp;مدير</translation>
    </message>
</context>
<context>
    <name>OfflineOffer</name>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="91"/>
        <source>Record offline</source>
        <translation>التسجيل دون اتصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="94"/>
        <source>The server cannot be reached. Record this sale at this counter? It gets this counter&apos;s number and is sent to the server once it is back.</source>
        <translation>تعذّر الوصول إلى الخادم. هل تريد تسجيل هذه العملية على هذا الصندوق؟ ستأخذ رقم هذا الصندوق وتُرسل إلى الخادم فور عودته.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="98"/>
        <source>&amp;Record offline</source>
        <translation>ت&amp;سجيل دون اتصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="99"/>
        <source>Wait for the ser&amp;ver</source>
        <translation>ان&amp;تظار الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="114"/>
        <source>The server cannot be reached.</source>
        <translation>تعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="120"/>
        <source>Sale NOT completed: nothing was charged. {0}</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="181"/>
        <source>Sale recorded offline: number {0}, total {1}. It is sent to the server once it is back.</source>
        <translation>سُجّلت العملية دون اتصال: الرقم {0}، الإجمالي {1}. ستُرسل إلى الخادم فور عودته.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="196"/>
        <source>The receipt of {0} did NOT print: {1}</source>
        <translation>لم يُطبع إيصال {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="210"/>
        <source>Not recorded offline: {0}</source>
        <translation>لم تُسجّل دون اتصال: {0}</translation>
    </message>
</context>
<context>
    <name>OsReasons</name>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="105"/>
        <source>No such file or directory</source>
        <extracomment>The operating system&apos;s reasons (``strerror``) a file message can end with.</extracomment>
        <translation>الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="106"/>
        <source>Permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="107"/>
        <source>Is a directory</source>
        <translation>هذا مجلد وليس ملفاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="108"/>
        <source>Not a directory</source>
        <translation>هذا ليس مجلداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="109"/>
        <source>No space left on device</source>
        <translation>لا مساحة متبقية على القرص</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="110"/>
        <source>Read-only file system</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="111"/>
        <source>File name too long</source>
        <translation>اسم الملف طويل جداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="112"/>
        <source>Input/output error</source>
        <translation>خطأ في القراءة أو الكتابة على القرص</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="113"/>
        <source>file is not a database</source>
        <translation>هذا الملف ليس قاعدة بيانات</translation>
    </message>
</context>
<context>
    <name>OutboxTransfer</name>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="58"/>
        <source>Export waiting sales</source>
        <translation>تصدير المبيعات المنتظرة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="59"/>
        <source>Writes every sale of a counter file that the server has not confirmed to one file, to import at another counter. The counter file is not changed.</source>
        <translation>يكتب في ملف واحد كل مبيعات ملف صندوق لم يؤكدها الخادم، لاستيرادها في صندوق آخر. لا يتغير ملف الصندوق.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="71"/>
        <source>&amp;Write to</source>
        <translation>ال&amp;كتابة في</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="78"/>
        <source>From the &amp;counter file</source>
        <translation>من ملف ال&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="82"/>
        <source>E&amp;xport</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="101"/>
        <source>Import waiting sales</source>
        <translation>استيراد مبيعات منتظرة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="102"/>
        <source>Adds the sales of another counter&apos;s export to this counter&apos;s, to be sent to the server with their own numbers. A sale already here is not added again.</source>
        <translation>يضيف مبيعات ملف مُصدَّر من صندوق آخر إلى مبيعات هذا الصندوق، لتُرسل إلى الخادم بأرقامها. لا يُضاف مرة أخرى بيع موجود هنا.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="112"/>
        <source>&amp;Exported file</source>
        <translation>ال&amp;ملف المُصدَّر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="114"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="126"/>
        <source>Exported to {0}: {1} sales not on the server, {2} waiting to be sent</source>
        <translation>صُدِّر إلى {0}: {1} مبيعات ليست على الخادم، {2} بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="132"/>
        <source>Imported from {0}: {1} sales of counter {2}, {3} to be sent; {4} were here already</source>
        <translation>استُورد من {0}: {1} مبيعات من الصندوق {2}، {3} للإرسال؛ {4} كانت هنا من قبل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="151"/>
        <source>E&amp;xport waiting sales…</source>
        <extracomment>The Conflicts workspace&apos;s buttons: (text, object name, keys, tip, dialog).</extracomment>
        <translation>ت&amp;صدير المبيعات المنتظرة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="154"/>
        <source>Write a counter&apos;s sales not yet on the server to a file</source>
        <translation>اكتب في ملف مبيعات صندوق لم تصل إلى الخادم بعد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="160"/>
        <source>&amp;Import waiting sales…</source>
        <translation>ا&amp;ستيراد مبيعات منتظرة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="163"/>
        <source>Add another counter&apos;s exported sales, to send them</source>
        <translation>أضف مبيعات صندوق آخر المُصدَّرة لإرسالها</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <location filename="../../pos_app/ui/checkout/outcome_banner.py" line="43"/>
        <source>Change {0}</source>
        <translation>الباقي {0}</translation>
    </message>
</context>
<context>
    <name>ParkNoteDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="73"/>
        <source>Optional: who it is for, why it waits</source>
        <translation>اختياري: لمن هي، ولماذا تنتظر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="76"/>
        <source>Park the cart</source>
        <translation>تعليق السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="77"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="79"/>
        <source>&amp;Park</source>
        <translation>&amp;تعليق</translation>
    </message>
</context>
<context>
    <name>ParkedCartsDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="109"/>
        <source>walk-in</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="119"/>
        <source>Parked carts</source>
        <translation>السلال المعلّقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="120"/>
        <source>Choose a cart (arrows) and press Enter to resume it; the cart on screen is parked in its place.</source>
        <translation>اختر سلة (بالأسهم) واضغط Enter لاستئنافها؛ وتُعلَّق السلة التي على الشاشة مكانها.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="127"/>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="98"/>
        <source>Payment</source>
        <extracomment>From the customer&apos;s store credit. The cash handed over (covers the cash part; the rest is change); None: no cash part. Charged on the external card terminal. The terminal&apos;s approval code or last digits, if typed. The customer&apos;s PIN or card scan for the wallet part (``WalletConsentDialog``). Large type for the amount a cashier reads aloud or counts out. The amounts of a split in the order Enter walks them: the wallet first, then cash.</extracomment>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="105"/>
        <source>Total {0}</source>
        <translation>المجموع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="107"/>
        <source>(in cash {0})</source>
        <translation>(نقداً {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="113"/>
        <source>Store credit {0}</source>
        <translation>رصيد المتجر {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="115"/>
        <source>: does not cover {0}; pay the rest by Split</source>
        <translation>: لا يغطي {0}؛ ادفع الباقي بالتقسيم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="120"/>
        <source>&amp;Wallet (store credit)</source>
        <translation>ال&amp;محفظة (رصيد المتجر)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="121"/>
        <source>&amp;Cash</source>
        <translation>&amp;نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="122"/>
        <source>C&amp;ard (external terminal)</source>
        <translation>&amp;بطاقة (جهاز خارجي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="123"/>
        <source>S&amp;plit: wallet, card and cash</source>
        <translation>&amp;تقسيم: محفظة وبطاقة ونقد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="134"/>
        <source>optional: approval code or last digits</source>
        <translation>اختياري: رمز الموافقة أو آخر الأرقام</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="135"/>
        <source>Wallet pa&amp;rt</source>
        <translation>&amp;جزء المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="136"/>
        <source>Cash &amp;tendered</source>
        <translation>النقد المست&amp;لم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="137"/>
        <source>Card a&amp;mount</source>
        <translation>مبل&amp;غ البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="138"/>
        <source>Card r&amp;eference</source>
        <translation>مرج&amp;ع البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="150"/>
        <source>C&amp;onfirm payment</source>
        <translation>تأ&amp;كيد الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="182"/>
        <source>{0} cannot be negative</source>
        <extracomment>The customer&apos;s consent being asked (a wallet part), if any.</extracomment>
        <translation>{0}: لا يمكن أن يكون سالباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="196"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="232"/>
        <source>Wallet part</source>
        <translation>جزء المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="198"/>
        <source>Attach a customer to pay from a wallet</source>
        <translation>اربط زبوناً للدفع من محفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="201"/>
        <source>Wallet part {0} is more than the store credit {1}</source>
        <translation>جزء المحفظة {0} أكبر من رصيد المتجر {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="205"/>
        <source>Wallet part {0} is more than the total</source>
        <translation>جزء المحفظة {0} أكبر من المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="207"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="233"/>
        <source>Card amount</source>
        <translation>مبلغ البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="209"/>
        <source>Card amount {0} is more than the {1} left to pay</source>
        <translation>مبلغ البطاقة {0} أكبر من المتبقي للدفع {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="213"/>
        <source>A card reference needs a card amount</source>
        <translation>مرجع البطاقة يتطلب مبلغ بطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="218"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="278"/>
        <source>Cash tendered</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="220"/>
        <source>Cash tendered {0} does not cover {1}: {2} short</source>
        <translation>النقد المستلم {0} لا يغطي {1}: ينقص {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="267"/>
        <source>Paid from store credit</source>
        <translation>مدفوع من رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="270"/>
        <source>Card {0} on the terminal</source>
        <translation>بطاقة {0} على الجهاز</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="284"/>
        <source>Change {0}</source>
        <translation>الباقي {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="281"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="287"/>
        <source>Cash due {0}</source>
        <translation>النقد المستحق {0}</translation>
    </message>
</context>
<context>
    <name>PickTableDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="93"/>
        <source>Parked at</source>
        <translation>وقت التعليق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="94"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="95"/>
        <source>Items</source>
        <translation>القطع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="96"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="97"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="98"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="138"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="139"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="140"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="141"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="142"/>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
</context>
<context>
    <name>PoleDisplay</name>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="71"/>
        <source>Welcome</source>
        <extracomment>The pole display&apos;s words (``pos_app.devices.pole_display``), in capitals as it shows them.</extracomment>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="72"/>
        <source>TOTAL</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="73"/>
        <source>CHANGE</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="74"/>
        <source>CASH</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="75"/>
        <source>THANK YOU</source>
        <translation>شكراً</translation>
    </message>
</context>
<context>
    <name>PricingSettings</name>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="43"/>
        <source>Per line</source>
        <translation>لكل بند</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="44"/>
        <source>Per receipt (each rate once)</source>
        <translation>لكل إيصال (كل نسبة مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="47"/>
        <source>Half up</source>
        <translation>إلى الأقرب، والنصف للأعلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="48"/>
        <source>Half even (banker&apos;s)</source>
        <translation>إلى الأقرب الزوجي (المصرفي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="61"/>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="64"/>
        <source>Off (0 cents)</source>
        <translation>متوقف (0 سنت)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="66"/>
        <source>1 cent</source>
        <translation>سنت واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="68"/>
        <source>{0} cents</source>
        <translation>{0} سنت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="108"/>
        <source>Yes: shelf prices include tax</source>
        <extracomment>The least a choice of the settings shows before its row is cut (see the constructor). The settings as last read or saved: what &quot;changed&quot; is measured against.</extracomment>
        <translation>نعم: أسعار الرفوف تشمل الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="109"/>
        <source>No: tax is added at the counter</source>
        <translation>لا: تُضاف الضريبة عند الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="148"/>
        <source>No: sell with or without a shift</source>
        <translation>لا: البيع بوردية أو بدونها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="149"/>
        <source>Yes: a sale needs an open shift</source>
        <translation>نعم: يتطلب البيع وردية مفتوحة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="195"/>
        <source>No: store credit needs the server</source>
        <translation>لا: رصيد المتجر يحتاج إلى الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="196"/>
        <source>Yes: up to the allowance</source>
        <translation>نعم: حتى الحصة المخصصة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="218"/>
        <source>The customer&apos;s PIN or card scan</source>
        <translation>رمز PIN الخاص بالزبون أو مسح بطاقته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="221"/>
        <source>The customer&apos;s PIN only</source>
        <translation>رمز PIN الخاص بالزبون فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="222"/>
        <source>The scan of the customer&apos;s card only</source>
        <translation>مسح بطاقة الزبون فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="365"/>
        <source>Prices include tax; tax rounded {0}, {1}; cash rounding {2}</source>
        <translation>الأسعار تشمل الضريبة؛ تقريب الضريبة {0}، {1}؛ تقريب النقد {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="367"/>
        <source>Prices exclude tax; tax rounded {0}, {1}; cash rounding {2}</source>
        <translation>الأسعار لا تشمل الضريبة؛ تقريب الضريبة {0}، {1}؛ تقريب النقد {2}</translation>
    </message>
</context>
<context>
    <name>PricingSettingsPanel</name>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="117"/>
        <source>Printed on receipts; may stay empty</source>
        <translation>يُطبع على الإيصالات؛ يمكن تركه فارغاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="119"/>
        <source>0 to 100</source>
        <translation>من 0 إلى 100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="121"/>
        <source>Up to this percent of a line or cart a cashier may discount; above, a manager</source>
        <translation>حتى هذه النسبة من البند أو السلة يستطيع أمين الصندوق الخصم؛ وما فوقها للمدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="125"/>
        <source>e.g. 20, 21; empty: none</source>
        <translation>مثلاً 20، 21؛ فارغ: لا شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="128"/>
        <source>The EAN prefixes (20 to 29) the store&apos;s scale prints on its price labels: prefix, 5-digit item code, 5-digit price in cents, check digit</source>
        <translation>بادئات EAN (من 20 إلى 29) التي يطبعها ميزان المتجر على ملصقات الأسعار: البادئة، ورمز الصنف من 5 أرقام، والسعر بالسنتات من 5 أرقام، ورقم التحقق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="132"/>
        <source>&amp;Prices include tax</source>
        <translation>ال&amp;أسعار تشمل الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="133"/>
        <source>Ta&amp;x rounding</source>
        <translation>تقر&amp;يب الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="134"/>
        <source>R&amp;ounding</source>
        <translation>ال&amp;تقريب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="135"/>
        <source>Cas&amp;h rounding</source>
        <translation>تقريب ال&amp;نقد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="136"/>
        <source>Tax &amp;number</source>
        <translation>ال&amp;رقم الضريبي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="139"/>
        <source>Cashier disco&amp;unt limit (%)</source>
        <translation>حد &amp;خصم أمين الصندوق (%)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="143"/>
        <source>Price la&amp;bel prefixes</source>
        <translation>با&amp;دئات ملصقات الأسعار</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="152"/>
        <source>Only sell durin&amp;g a shift</source>
        <translation>البيع أثناء ال&amp;وردية فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="162"/>
        <source>The ISO code of the money the store sells in; one with other decimals (USD to JPY) only while no sale exists</source>
        <extracomment>The notes and coins of the drawer, and the over/short limit (issue 13). The store&apos;s currency (issue 17): its cash steps are the cash rounding&apos;s choices.</extracomment>
        <translation>رمز ISO للعملة التي يبيع بها المتجر؛ لا تُختار عملة بمنازل عشرية مختلفة (من USD إلى JPY) إلا ما دام لا يوجد أي بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="167"/>
        <source>Currency we ta&amp;ke</source>
        <translation>عملة البيع (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="168"/>
        <source>&amp;Save settings</source>
        <translation>حفظ &amp;الإعدادات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="169"/>
        <source>Save the store&apos;s pricing settings (Ctrl+S)</source>
        <translation>حفظ إعدادات التسعير للمتجر (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="200"/>
        <source>Authori&amp;ze store credit offline</source>
        <translation>السماح برصيد المتجر دون اتصال (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="205"/>
        <source>What each counter keeps of a customer&apos;s store credit, while online, to take offline</source>
        <translation>ما يحجزه كل صندوق من رصيد العميل أثناء الاتصال لاستخدامه دون اتصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="211"/>
        <source>Offline allowance, e&amp;qual per counter</source>
        <translation>الحصة دون اتصال، متساوية لكل صندوق (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="227"/>
        <source>Store credit pays with</source>
        <translation>يُدفع رصيد المتجر بـ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="328"/>
        <source>Nothing to save: no setting was changed</source>
        <translation>لا شيء للحفظ: لم يتغير أي إعداد</translation>
    </message>
</context>
<context>
    <name>PricingWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="116"/>
        <source>Tax &amp;rates</source>
        <extracomment>Rates, settings and promotions; products for the names a promotion covers. The store&apos;s default rate, categories and settings as last read.</extracomment>
        <translation>ن&amp;سب الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="120"/>
        <source>&amp;Add rate…</source>
        <translation>إ&amp;ضافة نسبة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="123"/>
        <source>Add a tax rate</source>
        <translation>إضافة نسبة ضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="128"/>
        <source>Make &amp;default</source>
        <translation>جعلها الا&amp;فتراضية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="131"/>
        <source>Make the selected rate the store&apos;s default</source>
        <translation>جعل النسبة المحددة افتراضية المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="136"/>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="229"/>
        <source>Re&amp;tire</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="139"/>
        <source>Retire the selected rate, or bring it back</source>
        <translation>إيقاف النسبة المحددة أو إعادتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="144"/>
        <source>&amp;Category&apos;s rate…</source>
        <translation>نسب&amp;ة الفئة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="147"/>
        <source>Choose the rate of a category&apos;s products</source>
        <translation>اختيار نسبة منتجات فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="166"/>
        <source>Store pricing settings</source>
        <translation>إعدادات التسعير للمتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="216"/>
        <source>No tax rates yet: Ctrl+N adds one</source>
        <translation>لا توجد نسب ضريبة بعد: Ctrl+N يضيف واحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="229"/>
        <source>Reac&amp;tivate</source>
        <translation>إعادة ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="242"/>
        <source>exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="243"/>
        <source>Added the tax rate {0} ({1})</source>
        <translation>أُضيفت نسبة الضريبة {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="251"/>
        <source>{0} is already the store&apos;s default rate</source>
        <translation>{0} هي النسبة الافتراضية للمتجر أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="259"/>
        <source>{0} is now the store&apos;s default rate: products without a rate of their own or of their category are taxed at it</source>
        <translation>{0} الآن النسبة الافتراضية للمتجر: تُطبَّق على المنتجات التي ليس لها نسبة خاصة ولا نسبة فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="273"/>
        <source>Reactivated {0}</source>
        <translation>أُعيد تفعيل {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="275"/>
        <source>Retired {0}: products that have it keep it until given another</source>
        <translation>أُوقفت {0}: تحتفظ بها المنتجات التي لديها حتى تُعطى غيرها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="288"/>
        <source>There are no categories yet: add them in Inventory</source>
        <translation>لا توجد فئات بعد: أضفها في المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="299"/>
        <source>{0}: its products without a rate of their own are taxed at {1}</source>
        <translation>{0}: تُطبَّق {1} على منتجاتها التي ليس لها نسبة خاصة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="314"/>
        <source>Pricing settings saved. {0}</source>
        <translation>حُفظت إعدادات التسعير. {0}</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="35"/>
        <source>No receipt printer</source>
        <extracomment>(what the list says, the saved kind); &quot;&quot; is no printer.</extracomment>
        <translation>لا طابعة إيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="36"/>
        <source>Device or file path</source>
        <translation>مسار جهاز أو ملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="37"/>
        <source>Network printer</source>
        <translation>طابعة شبكة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="38"/>
        <source>Serial port</source>
        <translation>منفذ تسلسلي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="39"/>
        <source>USB printer</source>
        <translation>طابعة USB</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="43"/>
        <source>choose a connection first</source>
        <extracomment>What the &quot;Where&quot; field expects for each kind.</extracomment>
        <translation>اختر طريقة الاتصال أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="44"/>
        <source>/dev/usb/lp0, or a file</source>
        <translation>/dev/usb/lp0 أو ملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="45"/>
        <source>192.168.1.50 or printer.local:9100</source>
        <translation>192.168.1.50 أو printer.local:9100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="46"/>
        <source>/dev/ttyS0 or COM3:19200</source>
        <translation>/dev/ttyS0 أو COM3:19200</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="47"/>
        <source>vendor:product in hex, e.g. 04b8:0202</source>
        <translation>المصنّع:المنتج بالست عشري، مثلاً 04b8:0202</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="52"/>
        <source>A5 page (office printers)</source>
        <extracomment>(what the list says, the saved layout) of a receipt for a system printer or PDF.</extracomment>
        <translation>صفحة A5 (طابعات المكتب)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="53"/>
        <source>80 mm roll</source>
        <translation>لفافة 80 مم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="66"/>
        <source>No such file: {0}</source>
        <extracomment>A logo bigger than this is not a receipt header (and slows each receipt down).</extracomment>
        <translation>لا يوجد ملف: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="68"/>
        <source>The logo must be a PNG of at most 1 MB</source>
        <translation>يجب أن يكون الشعار ملف PNG لا يتجاوز 1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="71"/>
        <source>The logo must be a PNG image</source>
        <translation>يجب أن يكون الشعار صورة PNG</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="74"/>
        <source>The logo must be at most {0} x {0} pixels</source>
        <translation>يجب ألا يتجاوز الشعار {0} x {0} بكسل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="77"/>
        <source>The logo cannot be read: {0}</source>
        <translation>تعذّرت قراءة الشعار: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="103"/>
        <source>{0} mm ({1} characters a line)</source>
        <translation>{0} مم ({1} حرفاً في السطر)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="107"/>
        <source>Print the receipt a&amp;utomatically after each sale</source>
        <translation>طباعة الإيصال &amp;تلقائياً بعد كل بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="110"/>
        <source>&amp;Connection</source>
        <translation>ط&amp;ريقة الاتصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="111"/>
        <source>&amp;Where</source>
        <translation>ال&amp;موضع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="112"/>
        <source>&amp;Paper width</source>
        <translation>عرض ال&amp;ورق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="116"/>
        <source>optional: a PNG printed at the top, e.g. /home/shop/logo.png</source>
        <translation>اختياري: صورة PNG تُطبع في الأعلى، مثلاً /home/shop/logo.png</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="118"/>
        <source>&amp;Logo (PNG)</source>
        <translation>ال&amp;شعار (PNG)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="123"/>
        <source>Pa&amp;ge for system printers and PDF</source>
        <translation>ال&amp;صفحة لطابعات النظام وPDF</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="124"/>
        <source>&amp;Test print</source>
        <translation>طباعة ت&amp;جريبية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="183"/>
        <source>Choose how the printer is connected</source>
        <translation>اختر طريقة توصيل الطابعة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="204"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="208"/>
        <source>Printed on {0}: the ruler should fill one line exactly</source>
        <translation>طُبع على {0}: يجب أن تملأ المسطرة سطراً واحداً تماماً</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_app/ui/checkout/print_jobs.py" line="25"/>
        <source>the printer&apos;s driver failed; the details are in the log</source>
        <extracomment>What a job&apos;s failure says when it is no PosError (the details go to the log).</extracomment>
        <translation>تعطّل برنامج تشغيل الطابعة؛ التفاصيل في السجل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/print_jobs.py" line="26"/>
        <source>This counter has no receipt printer (Settings)</source>
        <translation>لا توجد طابعة إيصالات لهذا الصندوق (الإعدادات)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/print_jobs.py" line="68"/>
        <source>sale {0}</source>
        <extracomment>What the queue keeps, read back to print: a sale, or a sale recorded offline.</extracomment>
        <translation>البيع {0}</translation>
    </message>
</context>
<context>
    <name>ProductCount</name>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="14"/>
        <source>1 product</source>
        <translation>منتج واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="15"/>
        <source>{0:,} products</source>
        <translation>عدد المنتجات: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="23"/>
        <source>{0:,}+ products, first found</source>
        <translation>أكثر من {0:,} منتج، تُعرض أولى النتائج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="29"/>
        <source>{0} (retired)</source>
        <translation>{0} (موقوف)</translation>
    </message>
</context>
<context>
    <name>ProductCsvActions</name>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="31"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="45"/>
        <source>Import products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="50"/>
        <source>Export products</source>
        <translation>تصدير المنتجات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="66"/>
        <source>Imported. {0}</source>
        <translation>تم الاستيراد. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="75"/>
        <source>Exporting products to {0}…</source>
        <translation>جارٍ تصدير المنتجات إلى {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="76"/>
        <source>Exported {0} to {1}</source>
        <translation>المصدَّر: {0} إلى {1}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="30"/>
        <source>Category&apos;s rate</source>
        <extracomment>The first choice of the tax rate: none of its own.</extracomment>
        <translation>نسبة الفئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="31"/>
        <source>Scan or type; may stay empty</source>
        <translation>امسح أو اكتب؛ يمكن تركه فارغاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="32"/>
        <source>The label&apos;s prefix and item code, e.g. 2012345</source>
        <translation>بادئة الملصق ورمز الصنف، مثلاً 2012345</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="65"/>
        <source>Tax rate #{0}</source>
        <translation>نسبة الضريبة رقم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="124"/>
        <source>Add product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="126"/>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="341"/>
        <source>Edit {0}</source>
        <translation>تعديل {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="155"/>
        <source>Sold by price-embedded barcode</source>
        <extracomment>The free price the person confirmed (the text they confirmed it for).</extracomment>
        <translation>يُباع بباركود يتضمن السعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="160"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="161"/>
        <source>Ca&amp;tegory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="162"/>
        <source>&amp;Price</source>
        <translation>ال&amp;سعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="163"/>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="164"/>
        <source>&amp;Barcode</source>
        <translation>البا&amp;ركود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="165"/>
        <source>&amp;Variable price</source>
        <translation>سعر &amp;متغير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="166"/>
        <source>Ta&amp;x rate</source>
        <translation>نسبة ال&amp;ضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="171"/>
        <source>On sale</source>
        <translation>معروض للبيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="174"/>
        <source>Opening &amp;stock</source>
        <translation>ا&amp;لمخزون الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="176"/>
        <source>&amp;Active</source>
        <translation>&amp;نشط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="206"/>
        <source>Only {0} can change a product&apos;s tax rate</source>
        <translation>لا يغيّر نسبة ضريبة المنتج إلا {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="248"/>
        <source>this product</source>
        <translation>هذا المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="251"/>
        <source>Free item</source>
        <translation>صنف مجاني</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="252"/>
        <source>Sell {0} for free (0.00)?</source>
        <translation>بيع {0} مجاناً (0.00)؟</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="264"/>
        <source>Type the price, or confirm that it is free</source>
        <translation>اكتب السعر، أو أكّد أنه مجاني</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="304"/>
        <source>Nothing was changed: edit a field, or press Esc</source>
        <translation>لم يتغير شيء: عدّل حقلاً، أو اضغط Esc</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="346"/>
        <source>Saved {0}, but not its tax rate: {1}</source>
        <translation>حُفظ {0}، دون نسبة ضريبته: {1}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="127"/>
        <source>Import products from {0}</source>
        <translation>استيراد المنتجات من {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="130"/>
        <source>Reading {0}…</source>
        <translation>جارٍ قراءة {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="142"/>
        <source>Refused rows: fix them in the file and import it again</source>
        <translation>الأسطر المرفوضة: صحّحها في الملف ثم استورده مجدداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="151"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="177"/>
        <source>{0} has no product rows.</source>
        <translation>لا يحتوي {0} على أي سطر منتج.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="179"/>
        <source>Checking {0}…</source>
        <translation>جارٍ فحص {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="201"/>
        <source>{0} in {1}. {2} Check them, then press Import.</source>
        <translation>{0} في {1}. {2} راجعها، ثم اضغط استيراد.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="246"/>
        <source>1 row is refused, so nothing can be imported.</source>
        <translation>رُفض صف واحد، فلا يمكن استيراد شيء.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="248"/>
        <source>{0:,} rows are refused, so nothing can be imported.</source>
        <translation>رُفضت {0:,} صفوف، فلا يمكن استيراد شيء.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="207"/>
        <source>&amp;Import {0}</source>
        <translation>ا&amp;ستيراد {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="219"/>
        <source>Importing {0:,} rows…</source>
        <translation>جارٍ استيراد الأسطر: {0:,}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="252"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>ProductScanner</name>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="64"/>
        <source>A quantity is 1 to {0}</source>
        <extracomment>``3*`` before a barcode or a name: that many units. At most what one line may hold; a minus is read too, so that ``-2*`` is refused as a quantity, not searched as a name. Units the next scan adds (``3*`` then Enter).</extracomment>
        <translation>الكمية من 1 إلى {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="69"/>
        <source>The next product is added {0} times</source>
        <translation>يُضاف المنتج التالي {0} مرات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="97"/>
        <source>Unknown barcode {0}: nothing was added</source>
        <translation>باركود غير معروف {0}: لم يُضف شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="102"/>
        <source>{0}: nothing was added</source>
        <translation>{0}: لم يُضف شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="122"/>
        <source>{0} (barcode {1}) is no longer sold: nothing was added</source>
        <translation>{0} (الباركود {1}) لم يعد يُباع: لم يُضف شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="129"/>
        <source>No product matches that name</source>
        <translation>لا يوجد منتج بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="149"/>
        <source>A line holds at most {0} units</source>
        <translation>لا يتجاوز البند {0} وحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="155"/>
        <source>Only {0} of {1} in stock</source>
        <translation>المتوفر من {1} في المخزون {0} فقط</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="46"/>
        <source>N for a price (3 for 5.00)</source>
        <extracomment>The longest promotion name the service takes. How many products one search offers to choose from.</extracomment>
        <translation>N بسعر واحد (3 بـ 5.00)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="47"/>
        <source>Buy X, get Y free or a percent off</source>
        <translation>اشترِ X واحصل على Y مجاناً أو بخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="50"/>
        <source>A percent off a category</source>
        <translation>نسبة خصم على فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="58"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="64"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="151"/>
        <source>Add &amp;product</source>
        <extracomment>The rows each kind shows (the others are hidden), with their labels for that kind (in English: shown through ``translate``).</extracomment>
        <translation>إضافة &amp;منتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="59"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="65"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="153"/>
        <source>Co&amp;vered</source>
        <translation>ا&amp;لمشمولة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="60"/>
        <source>&amp;Quantity (N)</source>
        <translation>ال&amp;كمية (N)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="61"/>
        <source>P&amp;rice of the N</source>
        <translation>&amp;سعر الـ N</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="66"/>
        <source>Buy &amp;quantity (X)</source>
        <translation>ال&amp;كمية المشتراة (X)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="67"/>
        <source>&amp;Free quantity (Y)</source>
        <translation>الكمية ال&amp;مجانية (Y)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="68"/>
        <source>P&amp;ercent off the Y</source>
        <translation>&amp;نسبة الخصم على Y</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="71"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="158"/>
        <source>Cate&amp;gory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="72"/>
        <source>P&amp;ercent off</source>
        <translation>&amp;نسبة الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="77"/>
        <source>More than 0, up to 100 (100: the Y are free)</source>
        <extracomment>What the percent field suggests, for the kinds that have one.</extracomment>
        <translation>أكثر من 0 وحتى 100 (100: Y مجانية)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="80"/>
        <source>e.g. 15: off every product of the category</source>
        <translation>مثلاً 15: على كل منتجات الفئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="85"/>
        <source>The last day must be on or after the first day</source>
        <translation>يجب أن يكون اليوم الأخير في اليوم الأول أو بعده</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="111"/>
        <source>Add a promotion</source>
        <translation>إضافة عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="116"/>
        <source>What the receipt shows, e.g. 3 colas for 5.00</source>
        <translation>ما يظهره الإيصال، مثلاً 3 كولا بـ 5.00</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="126"/>
        <source>Scan or type a barcode or a name, then Enter</source>
        <extracomment>The percent text a person said Yes to giving a whole category away at.</extracomment>
        <translation>امسح أو اكتب باركوداً أو اسماً، ثم Enter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="131"/>
        <source>Del takes the selected product off</source>
        <translation>Del يزيل المنتج المحدد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="136"/>
        <source>e.g. 5.00</source>
        <translation>مثلاً 5.00</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="147"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="148"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="149"/>
        <source>&amp;Starts</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="150"/>
        <source>&amp;Last day</source>
        <translation>اليوم الأ&amp;خير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="152"/>
        <source>Matches</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="154"/>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="155"/>
        <source>P&amp;rice</source>
        <translation>ال&amp;سعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="156"/>
        <source>&amp;Free quantity</source>
        <translation>الكمية ال&amp;مجانية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="157"/>
        <source>P&amp;ercent</source>
        <translation>ال&amp;نسبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="237"/>
        <source>No product matches {0!r}</source>
        <translation>لا يوجد منتج يطابق {0!r}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="245"/>
        <source>{0:,} more match: type more of the name</source>
        <translation>تتطابق {0:,} أخرى: اكتب المزيد من الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="271"/>
        <source>{0} is already covered</source>
        <translation>{0} مشمول أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="295"/>
        <source>There is no category yet: add one in Inventory</source>
        <translation>لا توجد فئة بعد: أضف واحدة في المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="315"/>
        <source>The percent</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="322"/>
        <source>Everything free</source>
        <translation>الكل مجاني</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="323"/>
        <source>100% off: everything in {0} is free. Save?</source>
        <translation>خصم 100%: كل ما في {0} مجاني. حفظ؟</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="336"/>
        <source>Type the percent off, or confirm that it is all free</source>
        <translation>اكتب نسبة الخصم، أو أكّد أن الكل مجاني</translation>
    </message>
</context>
<context>
    <name>PromotionsPanel</name>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="59"/>
        <source>{0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="69"/>
        <source>retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="71"/>
        <source>ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="74"/>
        <source>from {0}</source>
        <translation>ابتداءً من {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="75"/>
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="95"/>
        <source>Pro&amp;motions</source>
        <extracomment>Names of the products the Covers column shows, by id, as last read.</extracomment>
        <translation>ا&amp;لعروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="103"/>
        <source>Add promot&amp;ion…</source>
        <translation>&amp;إضافة عرض…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="106"/>
        <source>Add a promotion</source>
        <translation>إضافة عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="111"/>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="207"/>
        <source>R&amp;etire promotion</source>
        <translation>إن&amp;هاء العرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="115"/>
        <source>Retire the selected promotion (the counters stop applying it), or bring it back</source>
        <translation>إيقاف العرض المحدد (تتوقف الصناديق عن تطبيقه) أو إعادته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="120"/>
        <source>Sho&amp;w ended and retired</source>
        <translation>إظهار المنتهية والموقوفة (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="156"/>
        <source>category {0}</source>
        <translation>الفئة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="160"/>
        <source>{0} and {1} more</source>
        <translation>{0} و{1} غيرها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="207"/>
        <source>Reactivat&amp;e promotion</source>
        <translation>إعادة ت&amp;فعيل العرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="221"/>
        <source>Added the promotion {0}: {1}, {2}</source>
        <translation>أُضيف العرض {0}: {1}، {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="245"/>
        <source>Retire the promotion</source>
        <translation>إيقاف العرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="246"/>
        <source>Retire the promotion {0}? The counters stop applying it.</source>
        <translation>إيقاف العرض {0}؟ تتوقف الصناديق عن تطبيقه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="258"/>
        <source>Reactivated the promotion {0}</source>
        <translation>أُعيد تفعيل العرض {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="260"/>
        <source>Retired the promotion {0}</source>
        <translation>أُوقف العرض {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="262"/>
        <source>Retired the promotion {0} (Alt+W shows it)</source>
        <translation>أُوقف العرض {0} (Alt+W يظهره)</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="104"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="105"/>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="107"/>
        <source>&amp;Set</source>
        <translation>&amp;تعيين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="116"/>
        <source>Type a whole number from 0 (removes the line) to {0}</source>
        <translation>اكتب عدداً صحيحاً من 0 (يحذف البند) إلى {0}</translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="29"/>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="31"/>
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="33"/>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="35"/>
        <source>cart {0}: {1}</source>
        <translation>السلة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="42"/>
        <source>Tax {0}</source>
        <translation>الضريبة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="47"/>
        <source>incl. tax {0} on {1}</source>
        <translation>تشمل الضريبة {0} على {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="87"/>
        <source>TOTAL</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="108"/>
        <source>Pricing the cart…</source>
        <translation>جارٍ تسعير السلة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="114"/>
        <source>The cart cannot be priced: {0}</source>
        <translation>تعذّر تسعير السلة: {0}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="188"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="195"/>
        <source>Reason is required</source>
        <translation>السبب مطلوب</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="16"/>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="17"/>
        <source>Sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="18"/>
        <source>Opening stock</source>
        <translation>المخزون الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="19"/>
        <source>Imported</source>
        <translation>مستورد من ملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="24"/>
        <source>Return: {0}</source>
        <extracomment>Reasons written as a prefix and what the person typed.</extracomment>
        <translation>إرجاع: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="25"/>
        <source>Refund: {0}</source>
        <translation>استرداد: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="26"/>
        <source>Void: {0}</source>
        <translation>إلغاء: {0}</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="55"/>
        <source>Store credit</source>
        <extracomment>The page layouts (AppSettings.receipt_page): an A5 page, or an 80 mm roll. The roll&apos;s margin on each side: what a roll printer cannot print on anyway. How a receipt names each way of paying (in English: shown through ``translate``).</extracomment>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="56"/>
        <source>Cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="57"/>
        <source>Card (external terminal)</source>
        <translation>بطاقة (جهاز خارجي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="61"/>
        <source>store credit</source>
        <extracomment>Where a refund slip says the money went.</extracomment>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="62"/>
        <source>cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="63"/>
        <source>card (external terminal)</source>
        <translation>البطاقة (جهاز خارجي)</translation>
    </message>
</context>
<context>
    <name>RegisterCustomerDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="102"/>
        <source>Register a customer</source>
        <translation>تسجيل زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="107"/>
        <source>3-32 of a-z, 0-9, . _ -</source>
        <translation>من 3 إلى 32 من a-z و0-9 و. _ -</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="112"/>
        <source>optional; years</source>
        <translation>اختياري؛ بالسنوات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="115"/>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="117"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="118"/>
        <source>&amp;Username</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="119"/>
        <source>&amp;Password</source>
        <translation>كلم&amp;ة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="120"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="123"/>
        <source>A&amp;ge</source>
        <translation>ال&amp;عمر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="124"/>
        <source>&amp;Marital status</source>
        <translation>ا&amp;لحالة الاجتماعية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="125"/>
        <source>G&amp;ender</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="126"/>
        <source>A&amp;ddress</source>
        <translation>الع&amp;نوان</translation>
    </message>
</context>
<context>
    <name>RemoveOneDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="19"/>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="20"/>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="21"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="22"/>
        <source>Used in the store</source>
        <translation>مستخدم في المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="71"/>
        <source>Remove {0} from stock</source>
        <translation>إخراج {0} من المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="80"/>
        <source>Why is it taken out?</source>
        <translation>لماذا أُخرجت؟</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="81"/>
        <source>In stock now</source>
        <translation>في المخزون الآن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="82"/>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="83"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="89"/>
        <source>Type how many units are taken out</source>
        <translation>اكتب عدد الوحدات المُخرجة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="93"/>
        <source>Say why the unit is taken out</source>
        <translation>اذكر سبب إخراج الوحدة</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="108"/>
        <source>Reset the password of {0}</source>
        <translation>إعادة تعيين كلمة مرور {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="113"/>
        <source>New &amp;password</source>
        <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="114"/>
        <source>&amp;Repeat</source>
        <translation>&amp;تكرار</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="118"/>
        <source>The two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="32"/>
        <source>Restock {0}</source>
        <translation>إعادة تزويد {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="39"/>
        <source>Restock</source>
        <translation>إعادة تزويد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="41"/>
        <source>In stock now</source>
        <translation>في المخزون الآن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="42"/>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="43"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="48"/>
        <source>Type how many arrived</source>
        <translation>اكتب عدد ما وصل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="53"/>
        <source>A restock only adds stock: type how many arrived. To take units out, use Remove one or edit the product&apos;s stock.</source>
        <translation>إعادة التخزين تضيف إلى المخزون فقط: اكتب عدد ما وصل. لإخراج وحدات استخدم إخراج وحدة أو عدّل مخزون المنتج.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="55"/>
        <source>Return items</source>
        <translation>إرجاع منتجات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="61"/>
        <source>Sale number or the sale&apos;s UUID from the receipt</source>
        <translation>رقم البيع أو معرّف UUID للبيع من الإيصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="63"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Sold</source>
        <translation>المباع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Can return</source>
        <translation>قابل للإرجاع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="81"/>
        <source>optional: the terminal&apos;s approval code</source>
        <extracomment>What the chosen units give back, as the refund will work it out (pricing rule 7), and how the sale was paid, so that its money goes back the same way (the full-day trial refunded a cash, card and store-credit sale wholly in cash, unaware).</extracomment>
        <translation>اختياري: رمز موافقة الجهاز</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="82"/>
        <source>Refund &amp;to</source>
        <translation>الاسترداد &amp;إلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="83"/>
        <source>Card r&amp;eference</source>
        <translation>مرج&amp;ع البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="85"/>
        <source>Rea&amp;son</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="94"/>
        <source>&amp;Manager</source>
        <translation>ال&amp;مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="95"/>
        <source>Manager &amp;password</source>
        <translation>&amp;كلمة مرور المدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="102"/>
        <source>&amp;Refund</source>
        <translation>&amp;استرداد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="138"/>
        <source>No sale with that number</source>
        <translation>لا يوجد بيع بهذا الرقم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="160"/>
        <source>Paid: {0}</source>
        <translation>دُفع: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="170"/>
        <source>Card (external terminal)</source>
        <translation>بطاقة (جهاز خارجي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="167"/>
        <source>Store credit (wallet)</source>
        <translation>رصيد المتجر (المحفظة)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="164"/>
        <source>Cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="211"/>
        <source>Refund {0}</source>
        <translation>الاسترداد {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="228"/>
        <source>Choose how many of which line to return</source>
        <translation>اختر كم قطعة من أي بند تريد إرجاعها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="265"/>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="44"/>
        <source>All</source>
        <extracomment>How much of a comment the table shows; the detail area below has all of it. The service refuses longer search texts; the boxes stop typing there instead. Status filter entries: label, and the statuses the queue is asked for (None: all).</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="45"/>
        <source>Needs approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="46"/>
        <source>Approved</source>
        <translation>الموافق عليها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="47"/>
        <source>Flagged</source>
        <translation>المُبلّغ عنها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="91"/>
        <source>1 review</source>
        <translation>تقييم واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="92"/>
        <source>{0} reviews</source>
        <translation>عدد التقييمات: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="109"/>
        <source>&amp;Approve</source>
        <extracomment>button text with its Alt mnemonic (Alt+F and Alt+V are the menus) plain letter, active while the table has focus works anywhere in the workspace, also while typing in a filter object name</extracomment>
        <translation>م&amp;وافقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="116"/>
        <source>F&amp;lag</source>
        <translation>&amp;إبلاغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="123"/>
        <source>Back to &amp;needs approval</source>
        <translation>إعادة إلى ان&amp;تظار الموافقة</translation>
    </message>
</context>
<context>
    <name>ReviewsWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="148"/>
        <source>{0} ({1} in the list, or {2})</source>
        <translation>{0} ({1} في القائمة، أو {2})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="152"/>
        <source>Only managers and admins moderate reviews</source>
        <translation>لا يراجع التقييمات إلا المديرون والمسؤولون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="165"/>
        <source>Part of the product name</source>
        <translation>جزء من اسم المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="167"/>
        <source>Part of the username</source>
        <translation>جزء من اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="169"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="170"/>
        <source>&amp;Product</source>
        <translation>&amp;المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="171"/>
        <source>C&amp;ustomer</source>
        <translation>الز&amp;بون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="277"/>
        <source>Select a review to read it in full.</source>
        <translation>اختر تقييماً لقراءته كاملاً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="281"/>
        <source>{0} · {1} ({2}) · by {3} · {4}</source>
        <translation>{0} · {1} ({2}) · بواسطة {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="289"/>
        <source>(no comment)</source>
        <translation>(بلا تعليق)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="322"/>
        <source>{0} by {1}: {2} -&gt; {3}</source>
        <translation>{0} من {1}: {2} ← {3}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>customer</source>
        <translation>زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="120"/>
        <source>cashier</source>
        <translation>أمين صندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="120"/>
        <source>manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="121"/>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>SalePayment</name>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="201"/>
        <source>Completing the sale…</source>
        <extracomment>A manager is being asked to authorise the cart&apos;s discounts. The total the payment dialog showed: the sale is refused if it would charge another (the store&apos;s pricing changed meanwhile). The receipt printer: it prints once a sale is recorded, never before. The manager&apos;s authorisation typed for the sale being paid (its UUID), kept only until it is recorded: a sale offered offline after an online send failed is recorded with it. The payment dialog open, if any: it stays open while the customer&apos;s consent for a wallet part is asked over it, until the sale&apos;s outcome.</extracomment>
        <translation>جارٍ إتمام البيع…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="238"/>
        <source>Authorise the discount</source>
        <translation>تفويض الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="229"/>
        <source>{0}? They are over the cashiers&apos; limit. A manager authorises them by typing their username and password; nothing is charged until then.</source>
        <translation>{0}؟ إنها تتجاوز حدّ أمناء الصندوق. يفوّضها المدير بكتابة اسم المستخدم وكلمة المرور؛ ولا يُحصَّل شيء قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="234"/>
        <source>The server cannot be reached: the sale is recorded at this counter, and only a manager who signed in here in the last {0} hours can authorise it.</source>
        <translation>تعذّر الوصول إلى الخادم: يُسجَّل البيع في هذا الصندوق، ولا يفوّضه إلا مدير سجّل دخوله هنا خلال آخر {0} ساعة.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="246"/>
        <source>Waiting for a manager to authorise the discount…</source>
        <translation>بانتظار تفويض المدير للخصم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="279"/>
        <source>Sale NOT completed: nothing was charged. No manager authorised the discount.</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ. لم يفوّض أي مدير الخصم.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="308"/>
        <source>Sale completed: sale {0}, total {1}</source>
        <translation>تمّ البيع: البيع {0}، المجموع {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="331"/>
        <source>Receipt NOT printed: {0}</source>
        <translation>لم يُطبع الإيصال: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="333"/>
        <source>The receipt of sale {0} did NOT print: {1}</source>
        <translation>لم يُطبع إيصال البيع {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="336"/>
        <source>Sale {0} is completed, but its receipt did NOT print: {1}</source>
        <translation>تمّ البيع {0}، لكن إيصاله لم يُطبع: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="353"/>
        <source>Checking the sale… the connection dropped; the cart is kept until we know.</source>
        <translation>جارٍ التحقق من البيع… انقطع الاتصال؛ تبقى السلة محفوظة حتى نتأكد.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="367"/>
        <source>Sale NOT completed: nothing was charged. {0}</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="382"/>
        <source>Checking the sale that was being paid…</source>
        <translation>جارٍ التحقق من البيع الذي كان قيد الدفع…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="412"/>
        <source>Sale NOT completed: nothing was charged (the connection dropped before the sale was recorded). The cart is kept; press Pay to try again.</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ (انقطع الاتصال قبل تسجيل البيع). السلة محفوظة؛ اضغط دفع للمحاولة مجدداً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="423"/>
        <source>Checking the sale… waiting for the database to come back.</source>
        <translation>جارٍ التحقق من البيع… بانتظار عودة قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="54"/>
        <source>1 sale</source>
        <translation>بيع واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="56"/>
        <source>{0} sales</source>
        <translation>عدد المبيعات: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="58"/>
        <source>{0}, {1} in total: {2} net of tax + {3} tax
Taken off: {4} in discounts, {5} in promotions</source>
        <translation>{0}، المجموع {1}: {2} دون الضريبة + {3} ضريبة
المخصوم: {4} خصومات، {5} عروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="79"/>
        <source>Net of tax</source>
        <translation>دون الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="79"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="81"/>
        <source>Sales per day, the tax in a lighter shade</source>
        <translation>المبيعات اليومية، والضريبة بلون أفتح</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="90"/>
        <source>No products sold</source>
        <translation>لم يُبع أي منتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="94"/>
        <source>Best sellers by units</source>
        <translation>الأكثر مبيعاً بالوحدات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="104"/>
        <source>&lt;b&gt;Sales per day&lt;/b&gt; (whole store)</source>
        <translation>&lt;b&gt;المبيعات اليومية&lt;/b&gt; (المتجر كله)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="109"/>
        <source>&lt;b&gt;Best sellers (units, top {0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأكثر مبيعاً (بالوحدات، أول {0})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SalesWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="30"/>
        <source>split</source>
        <translation>مقسّم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="36"/>
        <source>walk-in</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="107"/>
        <source>1 sale matches the filters</source>
        <translation>بيع واحد يطابق عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="108"/>
        <source>{0:,} sales match the filters</source>
        <translation>المبيعات المطابقة لعوامل التصفية: {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="113"/>
        <source>Exported 1 sale to {0}</source>
        <translation>صُدّر بيع واحد إلى {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="114"/>
        <source>Exported {0:,} sales to {1}</source>
        <translation>المبيعات المصدّرة: {0:,} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="122"/>
        <source>&lt;b&gt;Sale {0}&lt;/b&gt; · {1} · {2} · total &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>&lt;b&gt;البيع {0}&lt;/b&gt; · {1} · {2} · المجموع &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="125"/>
        <source> · refunded {0} · net &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation> · المسترد {0} · الصافي &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="95"/>
        <source>&amp;History</source>
        <extracomment>The period shown when the workspace opens: the last seven days, today included.</extracomment>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="100"/>
        <source>Rep&amp;orts</source>
        <translation>الت&amp;قارير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="102"/>
        <source>Shifts (&amp;Z report)</source>
        <translation>الورديات (تقرير &amp;Z)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="117"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="117"/>
        <source>Load the sales again</source>
        <translation>إعادة تحميل المبيعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="120"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="123"/>
        <source>Export the listed sales to a CSV file</source>
        <translation>تصدير المبيعات المعروضة إلى ملف CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="127"/>
        <source>Re&amp;print receipt…</source>
        <translation>إعادة &amp;طباعة الإيصال…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="130"/>
        <source>Show, print or save the selected sale&apos;s receipt</source>
        <translation>عرض إيصال البيع المحدد أو طباعته أو حفظه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="135"/>
        <source>Voi&amp;d sale…</source>
        <translation>إل&amp;غاء البيع…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="138"/>
        <source>Void the selected sale</source>
        <translation>إلغاء البيع المحدد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="149"/>
        <source>username, Enter</source>
        <translation>اسم المستخدم ثم Enter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="150"/>
        <source>Type a customer&apos;s username and press Enter (Ctrl+F)</source>
        <translation>اكتب اسم مستخدم الزبون واضغط Enter (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="153"/>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="276"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="155"/>
        <source>scan or type, Enter</source>
        <translation>امسح أو اكتب ثم Enter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="156"/>
        <source>Only sales of the product with this barcode</source>
        <translation>مبيعات المنتج صاحب هذا الباركود فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="158"/>
        <source>&amp;Apply</source>
        <translation>تطب&amp;يق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="159"/>
        <source>Apply the filters (Enter in a filter field)</source>
        <translation>تطبيق عوامل التصفية (Enter في حقل تصفية)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="160"/>
        <source>&amp;Clear filters</source>
        <translation>مسح عوامل &amp;التصفية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="166"/>
        <source>Fro&amp;m</source>
        <translation>م&amp;ن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="167"/>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="168"/>
        <source>C&amp;ustomer</source>
        <translation>الز&amp;بون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="171"/>
        <source>Ca&amp;shier</source>
        <translation>أمين ال&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="177"/>
        <source>Product &amp;barcode</source>
        <translation>با&amp;ركود المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="419"/>
        <source>Select a sale to see its lines and payments.</source>
        <translation>اختر بيعاً لعرض بنوده ودفعاته.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="426"/>
        <source>Ref. {0}</source>
        <translation>المرجع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="432"/>
        <source>Wallet balance after: {0}</source>
        <translation>رصيد المحفظة بعد العملية: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="441"/>
        <source>Select a sale to reprint its receipt</source>
        <translation>اختر بيعاً لإعادة طباعة إيصاله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="445"/>
        <source>Receipt of sale {0}</source>
        <translation>إيصال البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="457"/>
        <source>Select a sale to void it</source>
        <translation>اختر بيعاً لإلغائه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="464"/>
        <source>Sale {0} voided: {1}</source>
        <translation>أُلغي البيع {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="473"/>
        <source>Export sales history</source>
        <translation>تصدير سجل المبيعات</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="38"/>
        <source>It goes back to moderation and shows to others once approved.</source>
        <extracomment>Rows fetched at a time when walking a whole history (the service allows up to 1000).</extracomment>
        <translation>يعود إلى المراجعة ويظهر للآخرين بعد الموافقة عليه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="109"/>
        <source>Write a review</source>
        <translation>كتابة تقييم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="138"/>
        <source>Edit your review of {0}</source>
        <translation>تعديل تقييمك لـ {0}</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="175"/>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="257"/>
        <source>Hello, {0}</source>
        <extracomment>The review to select once the list has loaded.</extracomment>
        <translation>مرحباً، {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="178"/>
        <source>Wallet balance</source>
        <translation>رصيد المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="180"/>
        <source>&amp;Write review…</source>
        <translation>&amp;كتابة تقييم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="183"/>
        <source>Review a product you bought</source>
        <translation>قيّم منتجاً اشتريته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="186"/>
        <source>&amp;Edit review…</source>
        <translation>&amp;تعديل التقييم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="186"/>
        <source>Edit your review</source>
        <translation>تعديل تقييمك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="189"/>
        <source>&amp;Delete review…</source>
        <translation>&amp;حذف التقييم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="189"/>
        <source>Delete your review</source>
        <translation>حذف تقييمك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="192"/>
        <source>Refres&amp;h</source>
        <translation>تحدي&amp;ث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="192"/>
        <source>Load everything again</source>
        <translation>إعادة تحميل كل شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="210"/>
        <source>Wa&amp;llet</source>
        <translation>ا&amp;لمحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="211"/>
        <source>&amp;Purchases</source>
        <translation>&amp;المشتريات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="212"/>
        <source>Rev&amp;iews</source>
        <translation>الت&amp;قييمات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="259"/>
        <source>Wallet balance {0}</source>
        <translation>رصيد المحفظة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="300"/>
        <source>You have reviewed everything you bought.</source>
        <translation>لقد قيّمت كل ما اشتريته.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="302"/>
        <source>Reviews are for products you bought; there are no purchases yet.</source>
        <translation>التقييمات للمنتجات التي اشتريتها؛ لا توجد مشتريات بعد.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="308"/>
        <source>Your review of {0} was written.</source>
        <translation>كُتب تقييمك لـ {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="320"/>
        <source>Your review of {0} was changed.</source>
        <translation>عُدّل تقييمك لـ {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="341"/>
        <source>Delete review</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="342"/>
        <source>Delete your review of {0}?</source>
        <translation>حذف تقييمك لـ {0}؟</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="343"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="357"/>
        <source>Your review of {0} was deleted</source>
        <translation>حُذف تقييمك لـ {0}</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="396"/>
        <source>Cash tendered</source>
        <extracomment>The fields&apos; labels the services put into their messages (&quot;{label} is required&quot;).</extracomment>
        <translation>النقد المدفوع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="397"/>
        <source>Card amount</source>
        <translation>مبلغ البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="398"/>
        <source>Wallet amount</source>
        <translation>مبلغ المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="399"/>
        <source>The total shown</source>
        <translation>الإجمالي المعروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="400"/>
        <source>The discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="401"/>
        <source>The discount&apos;s percent</source>
        <translation>نسبة الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="402"/>
        <source>The discount&apos;s reason</source>
        <translation>سبب الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="403"/>
        <source>The card total</source>
        <translation>إجمالي البطاقات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="404"/>
        <source>The limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="405"/>
        <source>A denomination</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="406"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="407"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="408"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="409"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="410"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="411"/>
        <source>Opening float</source>
        <translation>رصيد الصندوق الافتتاحي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="412"/>
        <source>Counted cash</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="413"/>
        <source>Sale</source>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="414"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="415"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="416"/>
        <source>Units to return</source>
        <translation>الوحدات المُرجعة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="417"/>
        <source>Units returned before</source>
        <translation>الوحدات المُرجعة سابقاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="418"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="419"/>
        <source>Until</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="420"/>
        <source>Refund method</source>
        <translation>طريقة الاسترداد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="421"/>
        <source>Paid by</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="120"/>
        <source>Stock</source>
        <extracomment>Labels of the import&apos;s fields the services put into their messages (&quot;{label} ...&quot;).</extracomment>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="121"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="122"/>
        <source>Variable price</source>
        <translation>السعر المتغيّر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="123"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="124"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="125"/>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="43"/>
        <source>Invalid username or password</source>
        <extracomment>The English templates, longest and most particular first where two could match.</extracomment>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="44"/>
        <source>Please sign in first</source>
        <translation>يرجى تسجيل الدخول أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="45"/>
        <source>A {role} may not do this ({op})</source>
        <translation>لا يحق لدور {role} القيام بهذا ({op})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="46"/>
        <source>A manager must authorise this</source>
        <translation>يجب أن يأذن مدير بهذا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="47"/>
        <source>{name} is not a manager; a manager must authorise this</source>
        <translation>{name} ليس مديراً؛ يجب أن يأذن مدير بهذا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="48"/>
        <source>Customers can only see and change their own records</source>
        <translation>لا يرى العميل ولا يعدّل إلا بياناته الخاصة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="49"/>
        <source>Password cannot be only spaces</source>
        <translation>لا يمكن أن تتكون كلمة المرور من مسافات فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="50"/>
        <source>Password cannot be the username</source>
        <translation>لا يمكن أن تكون كلمة المرور هي اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="51"/>
        <source>This password is one of the most common ones; choose another</source>
        <translation>كلمة المرور هذه من أكثرها شيوعاً؛ اختر غيرها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="54"/>
        <source>Password must be at least {count} characters</source>
        <translation>يجب ألا تقل كلمة المرور عن {count} أحرف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="55"/>
        <source>Password must be at most {count} bytes</source>
        <translation>يجب ألا تزيد كلمة المرور عن {count} بايت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="57"/>
        <source>Insufficient funds: balance {balance}, total {total}</source>
        <translation>رصيد غير كافٍ: الرصيد {balance}، الإجمالي {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="58"/>
        <source>{name} is out of stock</source>
        <translation>نفد مخزون {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="59"/>
        <source>Only {available} left of {name} (asked for {requested})</source>
        <translation>لم يتبقَّ من {name} سوى {available} (المطلوب {requested})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="61"/>
        <source>Scan or type a barcode</source>
        <translation>امسح الرمز الشريطي أو اكتبه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="62"/>
        <source>No product has barcode {code}</source>
        <translation>لا يوجد منتج بالرمز الشريطي {code}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="63"/>
        <source>{name} is no longer sold</source>
        <translation>لم يعد {name} معروضاً للبيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="64"/>
        <source>{name} (barcode {code}) is not sold by price label; a manager can mark it variable-price in Inventory</source>
        <translation>لا يُباع {name} (الرمز الشريطي {code}) بملصق السعر؛ يمكن للمدير جعله متغير السعر في المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="69"/>
        <source>Quantity must be between 1 and {max}</source>
        <translation>يجب أن تكون الكمية بين 1 و{max}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="70"/>
        <source>The same product appears at two prices</source>
        <translation>المنتج نفسه وارد بسعرين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="71"/>
        <source>The same product appears with two discounts</source>
        <translation>المنتج نفسه وارد بخصمين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="73"/>
        <source>The price of {name} changed from {old} to {new}; check the cart</source>
        <translation>تغيّر سعر {name} من {old} إلى {new}؛ راجع السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="76"/>
        <source>The total is now {total}, not the {shown} shown: the store&apos;s prices, taxes or promotions changed; check the total</source>
        <translation>الإجمالي الآن {total} وليس {shown} المعروض: تغيّرت أسعار المتجر أو ضرائبه أو عروضه؛ راجع الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="81"/>
        <source>The tax rate of {name} changed since the cart was priced; check the total</source>
        <translation>تغيّرت نسبة ضريبة {name} منذ تسعير السلة؛ راجع الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="85"/>
        <source>The promotion on {name} ({promotion}) has ended; check the total</source>
        <translation>انتهى العرض على {name} ({promotion})؛ راجع الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="88"/>
        <source>A promotion ({promotion}) now applies to {name}; check the total</source>
        <translation>يسري الآن عرض ({promotion}) على {name}؛ راجع الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="91"/>
        <source>The store&apos;s prices kept changing while the sale was recorded; try again</source>
        <translation>ظلت أسعار المتجر تتغير أثناء تسجيل البيع؛ حاول مجدداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="94"/>
        <source>The sale could not be completed as it stood; try again</source>
        <translation>تعذّر إتمام البيع على حاله؛ حاول مجدداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="96"/>
        <source>A discount of more than {limit}% needs a manager&apos;s authorisation</source>
        <translation>الخصم الذي يتجاوز {limit}% يحتاج إلى إذن مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="99"/>
        <source>A discount is a percent or an amount, not both</source>
        <translation>الخصم نسبة مئوية أو مبلغ، لا الاثنان معاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="100"/>
        <source>A discount cannot be negative</source>
        <translation>لا يمكن أن يكون الخصم سالباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="102"/>
        <source>Attach a customer to pay from a wallet</source>
        <translation>اربط عميلاً للدفع من محفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="103"/>
        <source>Wallet amount {amount} is more than the total {total}</source>
        <translation>مبلغ المحفظة {amount} أكبر من الإجمالي {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="104"/>
        <source>Card amount {amount} is more than the total {total}</source>
        <translation>مبلغ البطاقة {amount} أكبر من الإجمالي {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="105"/>
        <source>Card amount {amount} is more than the {left} left to pay</source>
        <translation>مبلغ البطاقة {amount} أكبر من المتبقي للدفع {left}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="108"/>
        <source>Cash tendered {tendered} does not cover {cash}</source>
        <translation>النقد المدفوع {tendered} لا يغطي {cash}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="109"/>
        <source>Cash tendered {tendered} leaves more than {most} of change</source>
        <translation>النقد المُسلَّم {tendered} يترك باقيًا أكثر من {most}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="112"/>
        <source>A card reference needs a card amount</source>
        <translation>مرجع البطاقة يتطلب مبلغاً بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="113"/>
        <source>Card reference may hold only letters, digits, spaces and / # * . -</source>
        <translation>لا يحتوي مرجع البطاقة إلا على أحرف وأرقام ومسافات و / # * . -</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="117"/>
        <source>Customer &apos;{name}&apos; is deactivated: their wallet is frozen until a manager reactivates them</source>
        <translation>العميل «{name}» معطّل: محفظته مجمّدة إلى أن يعيد مدير تفعيله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="121"/>
        <source>Customer &apos;{name}&apos; is deactivated</source>
        <translation>العميل «{name}» معطّل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="122"/>
        <source>Customer &apos;{name}&apos; not found</source>
        <translation>لم يُعثر على العميل «{name}»</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="123"/>
        <source>Customer &apos;{name}&apos; has no wallet</source>
        <translation>ليس للعميل «{name}» محفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="124"/>
        <source>Customer &apos;{name}&apos; is already active</source>
        <translation>العميل «{name}» مفعّل أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="125"/>
        <source>No shift is open at counter {counter}: open a shift (count the float) before selling</source>
        <translation>لا توجد وردية مفتوحة في الصندوق {counter}: افتح وردية (عُدّ رصيد الصندوق) قبل البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="134"/>
        <source>No shift is open at counter {counter}</source>
        <translation>لا توجد وردية مفتوحة في الصندوق {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="129"/>
        <source>No shift is open at counter {counter}: open a shift (count the float) before paying a refund in cash</source>
        <translation>لا توجد وردية مفتوحة في الصندوق {counter}: افتح وردية (عُدّ الرصيد الافتتاحي) قبل ردّ مبلغ نقدًا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="135"/>
        <source>A shift is already open at counter {counter}</source>
        <translation>توجد وردية مفتوحة أصلاً في الصندوق {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="136"/>
        <source>Shifts are kept per counter: name this counter first</source>
        <translation>تُحفظ الورديات لكل صندوق: سمِّ هذا الصندوق أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="137"/>
        <source>The period must end after it starts</source>
        <translation>يجب أن تنتهي الفترة بعد بدايتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="139"/>
        <source>Only {left} of {name} can still be returned (sold {sold}, returned {returned})</source>
        <translation>لا يمكن إرجاع سوى {left} من {name} (المباع {sold}، المُرجع {returned})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="143"/>
        <source>Only {left} can go back to the card (paid {paid} by card); refund the rest in cash or to store credit</source>
        <translation>لا يمكن إعادة سوى {left} إلى البطاقة (دُفع {paid} بالبطاقة)؛ أعد الباقي نقداً أو رصيداً في المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="148"/>
        <source>This was a walk-in sale: refund in cash</source>
        <translation>كان هذا بيعاً لعميل عابر: أعد المبلغ نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="149"/>
        <source>No card paid for this sale: refund in cash or to store credit</source>
        <translation>لم تُدفع هذه البيعة بالبطاقة: أعد المبلغ نقداً أو رصيداً في المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="177"/>
        <location filename="../../pos_app/ui/service_messages.py" line="152"/>
        <source>Sale #{sale} was voided: nothing is left to return</source>
        <translation>أُلغي البيع رقم {sale}: لم يبقَ ما يُرجع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="153"/>
        <source>The customer has no wallet; refund in cash</source>
        <translation>ليس للعميل محفظة؛ أعد المبلغ نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="154"/>
        <source>A terminal reference goes with a refund to card</source>
        <translation>مرجع الجهاز يرافق الاسترداد إلى البطاقة فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="155"/>
        <source>Sale #{sale} is already void</source>
        <translation>البيع رقم {sale} ملغى أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="157"/>
        <source>Store credit needs the server; take cash or card</source>
        <translation>رصيد المتجر يحتاج إلى الخادم؛ اقبض نقداً أو بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="158"/>
        <source>Top-ups need the server: the wallet&apos;s balance is kept there. Try again when the server is back</source>
        <translation>الشحن يحتاج إلى الخادم: رصيد المحفظة محفوظ هناك. حاول مجدداً عند عودة الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="163"/>
        <source>Refunds need the server: the sale being refunded and its payments are kept there. Try again when the server is back</source>
        <translation>الاسترداد يحتاج إلى الخادم: البيع المسترد ومدفوعاته محفوظة هناك. حاول مجدداً عند عودة الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="168"/>
        <source>Discounts need the server; sell at the shelf price or wait</source>
        <translation>الخصومات تحتاج إلى الخادم؛ بع بسعر الرف أو انتظر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="171"/>
        <source>No manager has signed in at this counter in the last {hours} hours; one who has can authorise this offline, or wait for the server</source>
        <translation>لم يسجّل أي مدير دخوله في هذا الصندوق خلال آخر {hours} ساعة؛ يمكن لمدير سجّل دخوله هنا أن يفوّض ذلك دون اتصال، أو انتظر عودة الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="176"/>
        <source>Name this counter before selling offline</source>
        <translation>سمِّ هذا الصندوق قبل البيع دون اتصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="177"/>
        <source>This counter is not registered for offline sales: a manager signs in here once while the server answers</source>
        <translation>هذا الصندوق غير مسجَّل للمبيعات دون اتصال: يسجّل مدير الدخول هنا مرة واحدة بينما يستجيب الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="182"/>
        <source>You have not signed in at this counter while the server answered in the last {hours} hours: sign in again when it is back, or wait for the server</source>
        <translation>لم تسجّل الدخول في هذا الصندوق بينما كان الخادم يستجيب خلال آخر {hours} ساعة: سجّل الدخول مجددًا عند عودته، أو انتظر الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="187"/>
        <source>The cart comes to {total}, not the {shown} shown</source>
        <translation>مجموع السلة {total} وليس {shown} المعروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="188"/>
        <source>Store credit offline is limited to {amount} for this customer; take the rest in cash or card</source>
        <translation>رصيد المتجر دون اتصال محدود بـ{amount} لهذا العميل؛ اقبض الباقي نقداً أو بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="193"/>
        <source>This customer&apos;s store credit for offline use expired at {moment}; take cash or card</source>
        <translation>انتهت صلاحية رصيد هذا العميل للاستخدام دون اتصال في {moment}؛ اقبض نقداً أو بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="197"/>
        <source>Name this counter before reserving store credit</source>
        <translation>سمِّ هذا الصندوق قبل حجز رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="198"/>
        <source>This was resolved already by another manager</source>
        <translation>حلّه مدير آخر من قبل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="199"/>
        <source>Choose a flagged sale or a conflict to resolve</source>
        <translation>اختر بيعاً مُعلَّماً أو تعارضاً لحلّه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="200"/>
        <source>No refused offline sale #{sale} at this counter</source>
        <translation>لا يوجد بيع دون اتصال مرفوض رقم {sale} في هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="202"/>
        <source>Cannot reach the printer at {printer}: {reason}</source>
        <translation>تعذّر الوصول إلى الطابعة {printer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="203"/>
        <source>The printer at {printer} failed: {reason}</source>
        <translation>تعطّلت الطابعة {printer}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="205"/>
        <source>The price of {name} is {price}, not {shown}; check the cart</source>
        <translation>سعر {name} هو {price} وليس {shown}؛ راجع السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="208"/>
        <source>{name} (barcode {code}) is not sold by price label</source>
        <translation>لا يُباع {name} (الرمز الشريطي {code}) بملصق السعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="209"/>
        <source>Only {left} of {sold} are left to return</source>
        <translation>لم يتبقَّ للإرجاع سوى {left} من {sold}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="210"/>
        <source>A discount is either a percent or an amount: give one</source>
        <translation>الخصم نسبة مئوية أو مبلغ: أعطِ أحدهما</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="211"/>
        <source>A discount is either a percent or an amount, not both</source>
        <translation>الخصم إما نسبة مئوية أو مبلغ، لا الاثنان معاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="212"/>
        <source>A discount needs a reason</source>
        <translation>يحتاج الخصم إلى سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="213"/>
        <source>A discount cannot be larger than {max}</source>
        <translation>لا يمكن أن يتجاوز الخصم {max}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="214"/>
        <source>That parked cart was already resumed or discarded</source>
        <translation>هذه السلة المعلّقة استُؤنفت أو أُلغيت من قبل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="215"/>
        <source>The cart cannot be saved on this computer ({reason}). Finish or park this sale; a crash now would lose it.</source>
        <translation>لا يمكن حفظ السلة على هذا الحاسوب ({reason}). أنهِ هذا البيع أو علّقه؛ أي تعطّل الآن سيُضيّعه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="220"/>
        <source>The cart left at this counter cannot be read ({reason}).</source>
        <translation>تعذّرت قراءة السلة المتروكة في هذا الصندوق ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="223"/>
        <source>This counter&apos;s offline sales are unavailable ({reason})</source>
        <translation>مبيعات هذا الصندوق دون اتصال غير متاحة ({reason})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="224"/>
        <source>The queue of receipts not printed is unavailable ({reason})</source>
        <translation>قائمة الإيصالات غير المطبوعة غير متاحة ({reason})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="227"/>
        <source>No sale was recorded offline here as {number}</source>
        <translation>لم يُسجَّل هنا أي بيع دون اتصال بالرقم {number}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="228"/>
        <source>The manager&apos;s authorisation is not readable</source>
        <translation>تعذّرت قراءة إذن المدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="229"/>
        <source>Sign in as a manager to resolve this</source>
        <translation>سجّل الدخول كمدير لحلّ هذا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="230"/>
        <source>The count differs from what the drawer should hold by more than the store allows: a manager must approve this close</source>
        <translation>يختلف العدّ عمّا يجب أن يحتويه الدرج بأكثر مما يسمح به المتجر: يجب أن يوافق مدير على هذا الإغلاق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="235"/>
        <source>{reason}: a manager must approve this close</source>
        <translation>{reason}: يجب أن يوافق مدير على هذا الإغلاق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="236"/>
        <source>Sale #{sale} is not of a shift still open: take it back as a return</source>
        <translation>البيع رقم {sale} ليس من وردية ما زالت مفتوحة: استرجعه كمرتجع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="239"/>
        <source>Sale #{sale} has a return already: return the rest instead</source>
        <translation>للبيع رقم {sale} مرتجع من قبل: أرجع الباقي بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="242"/>
        <source>That is more than the drawer should hold: count it and try a smaller paid-out</source>
        <translation>هذا أكثر مما يجب أن يحتويه الدرج: عُدّه وجرّب سحباً أصغر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="246"/>
        <source>The card total is from 0.00 up</source>
        <translation>إجمالي البطاقات من 0.00 فما فوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="247"/>
        <source>Line #{line} is not part of this sale</source>
        <translation>السطر رقم {line} ليس جزءاً من هذا البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="248"/>
        <source>Sale {sale} not found</source>
        <translation>لم يُعثر على البيع {sale}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="249"/>
        <source>Not a sale number: {value}</source>
        <translation>ليس رقم بيع: {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="250"/>
        <source>Barcode {code} is already used by another product</source>
        <translation>الرمز الشريطي {code} مستخدم لمنتج آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="251"/>
        <source>Username &apos;{name}&apos; is already taken</source>
        <translation>اسم المستخدم «{name}» مأخوذ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="252"/>
        <source>You cannot deactivate your own account</source>
        <translation>لا يمكنك تعطيل حسابك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="253"/>
        <source>You are the last active admin: make someone else admin first</source>
        <translation>أنت آخر مسؤول نشط: اجعل شخصاً آخر مسؤولاً أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="256"/>
        <source>{name} is the last active admin: make someone else admin first</source>
        <translation>{name} آخر مسؤول نشط: اجعل شخصاً آخر مسؤولاً أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="259"/>
        <source>There is no category {name}</source>
        <translation>لا توجد فئة {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="260"/>
        <source>Category &apos;{name}&apos; is retired: choose another or reactivate it</source>
        <translation>الفئة «{name}» موقوفة: اختر غيرها أو أعد تفعيلها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="263"/>
        <source>Category &apos;{name}&apos; already exists</source>
        <translation>الفئة «{name}» موجودة أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="264"/>
        <source>You have already reviewed this product; edit that review instead</source>
        <translation>لقد قيّمت هذا المنتج من قبل؛ عدّل ذلك التقييم بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="267"/>
        <source>You can only review products you bought ({name})</source>
        <translation>لا يمكنك تقييم إلا المنتجات التي اشتريتها ({name})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="268"/>
        <source>Choose a period of at most a year, first day first</source>
        <translation>اختر فترة لا تتجاوز سنة، اليوم الأول أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="269"/>
        <source>The list&apos;s order changed: start again from the top</source>
        <translation>تغيّر ترتيب القائمة: ابدأ مجدداً من الأعلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="270"/>
        <source>An administrator already exists; sign in instead</source>
        <translation>يوجد مسؤول أصلاً؛ سجّل الدخول بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="271"/>
        <source>Unknown currency {code}: use one of the ISO codes {codes}</source>
        <translation>عملة غير معروفة {code}: استخدم أحد رموز ISO {codes}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="274"/>
        <source>There is no folder {path}: create it first</source>
        <translation>لا يوجد مجلد {path}: أنشئه أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="275"/>
        <source>The folder {path} is not writable</source>
        <translation>لا يمكن الكتابة في المجلد {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="276"/>
        <source>Give the backup folder&apos;s full path (e.g. /media/usb/backups)</source>
        <translation>أعطِ المسار الكامل لمجلد النسخ الاحتياطي (مثلاً /media/usb/backups)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="279"/>
        <source>Tax rate {name} is retired</source>
        <translation>نسبة الضريبة {name} موقوفة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="280"/>
        <source>There is already a tax rate named {name}</source>
        <translation>توجد نسبة ضريبة باسم {name} أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="281"/>
        <source>{name} is the store&apos;s default rate: choose another first</source>
        <translation>{name} هي نسبة المتجر الافتراضية: اختر غيرها أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="284"/>
        <source>An exempt rate has no tax: its percent is 0</source>
        <translation>النسبة المعفاة بلا ضريبة: نسبتها 0</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="285"/>
        <source>A promotion needs a name</source>
        <translation>يحتاج العرض إلى اسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="286"/>
        <source>Name at least one note or coin</source>
        <translation>سمِّ ورقة نقدية أو قطعة نقدية واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="287"/>
        <source>The limit is from 0.00 up</source>
        <translation>الحد من 0.00 فما فوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="289"/>
        <source>The database at {address} cannot be reached. Check the connection and try again.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات {address}. تحقق من الاتصال وحاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="293"/>
        <source>The database is busy with other counters; nothing was changed. Try again.</source>
        <translation>قاعدة البيانات مشغولة بصناديق أخرى؛ لم يتغير شيء. حاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="297"/>
        <source>The database refused the change ({reason})</source>
        <translation>رفضت قاعدة البيانات التغيير ({reason})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="298"/>
        <source>This database was set up by a newer version of Counter POS (schema {schema}). Update this program; the database was not changed.</source>
        <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من Counter POS (المخطط {schema}). حدّث هذا البرنامج؛ لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="303"/>
        <source>This counter&apos;s file {path} failed: {reason}</source>
        <translation>تعطّل ملف هذا الصندوق {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="304"/>
        <source>The saved cart in {path} is unreadable</source>
        <translation>تعذّرت قراءة السلة المحفوظة في {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="305"/>
        <source>The barcode {code} does not check out (its last digit should be {digit}): it was misread; scan it again or type the product</source>
        <translation>الرمز الشريطي {code} غير صحيح (يجب أن يكون رقمه الأخير {digit}): قُرئ خطأً؛ امسحه مجدداً أو اكتب المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="310"/>
        <source>Price barcode prefixes are a list like 20, 21</source>
        <translation>بادئات رموز الأسعار قائمة مثل 20، 21</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="311"/>
        <source>Price barcode prefixes are two digits from 20 to 29, not {value}</source>
        <translation>بادئات رموز الأسعار رقمان من 20 إلى 29، لا {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="314"/>
        <source>Cash rounding must be one of {allowed} cents (got {value})</source>
        <translation>يجب أن يكون تقريب النقد أحد {allowed} سنتاً (المُدخل {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="317"/>
        <source>A discount must be whole cents, not {value}</source>
        <translation>يجب أن يكون الخصم بسنتات كاملة، لا {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="318"/>
        <source>A line cannot be that large</source>
        <translation>لا يمكن أن يكون السطر بهذا الحجم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="319"/>
        <source>Staff role must be cashier, manager or admin</source>
        <translation>يجب أن يكون الدور أمين صندوق أو مديراً أو مسؤولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="320"/>
        <source>Stock changes through a restock or an adjustment</source>
        <translation>يتغير المخزون بإعادة التزويد أو بالتعديل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="321"/>
        <source>A time zone is needed</source>
        <translation>المنطقة الزمنية مطلوبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="323"/>
        <source>{name} cannot be over 100%</source>
        <translation>{name} لا يمكن أن يتجاوز 100%</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="324"/>
        <source>{name} needs at least one product</source>
        <translation>{name} يحتاج إلى منتج واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="325"/>
        <source>{name} covers products, not a category</source>
        <translation>{name} يشمل منتجات لا فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="326"/>
        <source>{name} covers a category, not products</source>
        <translation>{name} يشمل فئة لا منتجات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="327"/>
        <source>{name} needs a category</source>
        <translation>{name} يحتاج إلى فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="328"/>
        <source>{name} must end after it starts</source>
        <translation>{name} يجب أن ينتهي بعد أن يبدأ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="329"/>
        <source>{name}: the percent must be more than 0</source>
        <translation>{name}: يجب أن تكون النسبة أكبر من 0</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="330"/>
        <source>{name}: the price {price} is not a whole number of the store&apos;s currency</source>
        <translation>{name}: السعر {price} ليس عدداً صحيحاً من عملة المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="333"/>
        <source>{name} saves nothing on product {id}: {quantity} cost {price} at the shelf price</source>
        <translation>{name} لا يوفّر شيئاً على المنتج {id}: {quantity} بسعر الرف تكلّف {price}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="337"/>
        <source>{label} can have at most 4 decimals (got {value})</source>
        <translation>{label}: 4 منازل عشرية على الأكثر (المُدخل {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="338"/>
        <source>{label} can have at most {max} items</source>
        <translation>{label}: {max} عنصراً على الأكثر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="339"/>
        <source>{label} must be yes or no</source>
        <translation>{label} يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="340"/>
        <source>{label} must be a whole number of the currency, without decimals (got {value})</source>
        <translation>{label} يجب أن يكون عدداً صحيحاً من العملة دون كسور (المُدخل {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="344"/>
        <source>{label} must be a whole number of {currency}, without decimals (got {value})</source>
        <translation>{label} يجب أن يكون عدداً صحيحاً من {currency} دون كسور (المُدخل {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="348"/>
        <source>{label} must be a whole number, not {value}</source>
        <translation>{label} يجب أن يكون عدداً صحيحاً، لا {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="349"/>
        <source>{label} must be at least {min}</source>
        <translation>{label} يجب ألا يقل عن {min}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="350"/>
        <source>{label} must be one of: {allowed} (got {value})</source>
        <translation>{label} يجب أن يكون أحد: {allowed} (المُدخل {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="351"/>
        <source>{label} must be a date and time with a time zone</source>
        <translation>{label} يجب أن يكون تاريخاً ووقتاً مع منطقة زمنية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="352"/>
        <source>{label} is out of range</source>
        <translation>{label}: القيمة خارج النطاق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="353"/>
        <source>{label} is not one of the store&apos;s denominations</source>
        <translation>{label} ليست من فئات نقد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="354"/>
        <source>{label} can have at most two decimals: {value} (type amounts without thousands separators)</source>
        <translation>{label}: منزلتان عشريتان على الأكثر ({value})؛ اكتب المبالغ دون فواصل الآلاف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="359"/>
        <source>{label} can have at most two decimals: {value}</source>
        <translation>{label}: منزلتان عشريتان على الأكثر ({value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="360"/>
        <source>{label} must be digits with at most one decimal point, like 20 or 19.99 (got {value})</source>
        <translation>{label}: أرقام مع فاصلة عشرية واحدة على الأكثر، مثل 20 أو 19.99 (المُدخل {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="364"/>
        <source>{label} is not a number: {value}</source>
        <translation>{label} ليس رقماً: {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="365"/>
        <source>{label} must be a finite number</source>
        <translation>{label} يجب أن يكون رقماً محدوداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="366"/>
        <source>{label} is too large</source>
        <translation>{label}: القيمة كبيرة جداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="367"/>
        <source>{label} is required</source>
        <translation>{label}: حقل مطلوب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="368"/>
        <source>{label} cannot be negative</source>
        <translation>{label} لا يمكن أن يكون سالباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="369"/>
        <source>{label} must be more than 0.00</source>
        <translation>{label} يجب أن يكون أكبر من 0.00</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="370"/>
        <source>{label} must be more than {min}</source>
        <translation>{label} يجب أن يكون أكبر من {min}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="371"/>
        <source>{label} must be at most {max} characters</source>
        <translation>{label}: {max} حرفاً على الأكثر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="372"/>
        <source>{label} must be at most {max}</source>
        <translation>{label}: {max} على الأكثر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="373"/>
        <source>{label} must be between {low} and {high}</source>
        <translation>{label} يجب أن يكون بين {low} و{high}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="374"/>
        <source>{label} must be a whole number</source>
        <translation>{label} يجب أن يكون عدداً صحيحاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="375"/>
        <source>{label} contains a character that is not allowed</source>
        <translation>{label} يحتوي على حرف غير مسموح</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="376"/>
        <source>Price cannot be negative</source>
        <translation>لا يمكن أن يكون السعر سالباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="377"/>
        <source>Username must be 3-32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>يجب أن يتكون اسم المستخدم من 3 إلى 32 حرفاً من a-z و0-9 و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="380"/>
        <source>Phone may hold only digits, spaces and + - ( )</source>
        <translation>لا يحتوي الهاتف إلا على أرقام ومسافات و + - ( )</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="381"/>
        <source>E-mail must look like name@example.com</source>
        <translation>يجب أن يشبه البريد الإلكتروني name@example.com</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="382"/>
        <source>Barcode must be 1-64 letters, digits or &apos;-&apos;</source>
        <translation>يجب أن يتكون الرمز الشريطي من 1 إلى 64 حرفاً أو رقماً أو &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="383"/>
        <source>Nothing to update: no fields were given</source>
        <translation>لا شيء للتحديث: لم تُعطَ أي حقول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="388"/>
        <source>{label} #{id} not found</source>
        <translation>لم يُعثر على {label} رقم {id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="389"/>
        <source>{label} {value} not found</source>
        <translation>لم يُعثر على {label} {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="20"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="21"/>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>الملف {path} ليس نصاً بترميز UTF-8؛ احفظه بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="22"/>
        <source>{path} is not a valid CSV file: {reason}</source>
        <translation>الملف {path} ليس ملف CSV صالحاً: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="23"/>
        <source>{path} is empty</source>
        <translation>الملف {path} فارغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="24"/>
        <source>Unknown column &apos;{name}&apos;; the columns are {columns}</source>
        <translation>العمود «{name}» غير معروف؛ الأعمدة المقبولة هي {columns}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="25"/>
        <source>Column &apos;{name}&apos; appears twice</source>
        <translation>العمود «{name}» مكرر مرتين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="26"/>
        <source>Columns missing from the file: {columns}</source>
        <translation>أعمدة ناقصة في الملف: {columns}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="28"/>
        <source>Unknown column &apos;{name}&apos;</source>
        <translation>العمود «{name}» غير معروف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="29"/>
        <source>Barcode {code} is also on row {row}</source>
        <translation>الرمز الشريطي {code} موجود أيضاً في المنتج رقم {row} من الملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="30"/>
        <source>Barcode {code} is already used</source>
        <translation>الرمز الشريطي {code} مستخدم من قبل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="31"/>
        <source>A variable-price product&apos;s barcode is its label&apos;s prefix (20-29) and item code: 7 digits, e.g. 2012345</source>
        <translation>الرمز الشريطي لمنتج متغيّر السعر هو بادئة ملصقه (20-29) ثم رمز الصنف: 7 أرقام، مثلاً 2012345</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="37"/>
        <source>{path} already exists; choose a new file name. Nothing was written</source>
        <translation>الملف {path} موجود من قبل؛ اختر اسم ملف جديداً. لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="40"/>
        <source>There is no folder {path}; nothing was written</source>
        <translation>لا يوجد مجلد {path}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="41"/>
        <source>The folder {path} is not writable; nothing was written</source>
        <translation>لا يمكن الكتابة في المجلد {path}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="42"/>
        <source>No database file at {path}; nothing was written</source>
        <translation>لا يوجد ملف قاعدة بيانات في {path}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="43"/>
        <source>{path} holds no Counter POS data; nothing was written</source>
        <translation>لا يحتوي {path} على أي بيانات من Counter POS؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="44"/>
        <source>{path} cannot be read as a database ({reason}); nothing was written</source>
        <translation>تعذّرت قراءة {path} كقاعدة بيانات ({reason})؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="47"/>
        <source>The copy is damaged ({reason}); nothing was written</source>
        <translation>النسخة تالفة ({reason})؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="48"/>
        <source>An in-memory database cannot be backed up or restored</source>
        <translation>لا يمكن نسخ قاعدة بيانات في الذاكرة احتياطياً ولا استعادتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="50"/>
        <source>Type the path of the file to write</source>
        <translation>اكتب مسار الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="51"/>
        <source>Type the path of the counter file</source>
        <translation>اكتب مسار ملف الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="52"/>
        <source>Type the path of the exported file</source>
        <translation>اكتب مسار الملف المُصدَّر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="53"/>
        <source>That is not a path of the file to write</source>
        <translation>هذا ليس مساراً صالحاً للملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="54"/>
        <source>That is not a path of the counter file</source>
        <translation>هذا ليس مساراً صالحاً لملف الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="55"/>
        <source>That is not a path of the exported file</source>
        <translation>هذا ليس مساراً صالحاً للملف المُصدَّر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="56"/>
        <source>{reason}: nothing was imported</source>
        <translation>{reason}: لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="57"/>
        <source>There is no counter file at {path}</source>
        <translation>لا يوجد ملف صندوق في {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="58"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>تعذّر فتح {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="59"/>
        <source>{path} is not a counter file: it has no outbox</source>
        <translation>الملف {path} ليس ملف صندوق: لا يحتوي على مبيعات منتظرة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="60"/>
        <source>{path} cannot be read as a counter file: {reason}</source>
        <translation>تعذّرت قراءة {path} كملف صندوق: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="61"/>
        <source>{path} is the counter file itself: choose another file</source>
        <translation>الملف {path} هو ملف الصندوق نفسه: اختر ملفاً آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="62"/>
        <source>There is no folder {path}</source>
        <translation>لا يوجد مجلد {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="63"/>
        <source>{path} exists already: choose another name</source>
        <translation>الملف {path} موجود من قبل: اختر اسماً آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="64"/>
        <source>{path} cannot be written: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="65"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="66"/>
        <source>{path} is too big to be an outbox export</source>
        <translation>الملف {path} أكبر من أن يكون تصديراً لمبيعات منتظرة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="67"/>
        <source>There is no file {path}</source>
        <translation>لا يوجد ملف {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="68"/>
        <source>{path} is a counter file, not an export of one: export its waiting sales first</source>
        <translation>الملف {path} ملف صندوق وليس تصديراً منه: صدّر مبيعاته المنتظرة أولاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="72"/>
        <source>{path} is not a whole outbox export: it is cut short or damaged</source>
        <translation>الملف {path} ليس تصديراً كاملاً للمبيعات المنتظرة: إنه مبتور أو تالف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="75"/>
        <source>{path} is not an outbox export of Counter POS</source>
        <translation>الملف {path} ليس تصديراً لمبيعات منتظرة من Counter POS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="76"/>
        <source>{path} is an outbox export of format version {version}; this counter reads version {expected}</source>
        <translation>الملف {path} تصدير لمبيعات منتظرة بإصدار الصيغة {version}؛ هذا الصندوق يقرأ الإصدار {expected}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="81"/>
        <source>{path} was changed or damaged after it was exported (its checksum does not match)</source>
        <translation>الملف {path} عُدِّل أو تلف بعد تصديره (مجموع التحقق الخاص به غير مطابق)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="85"/>
        <source>{path} does not say which counter it came from, or when</source>
        <translation>الملف {path} لا يذكر الصندوق الذي جاء منه أو متى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="86"/>
        <source>{path} has no list of sales</source>
        <translation>الملف {path} لا يحتوي على قائمة مبيعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="87"/>
        <source>{path} holds {sale} twice</source>
        <translation>الملف {path} يحتوي على {sale} مرتين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="88"/>
        <source>Sale {sale} in {path} is not a sale of an outbox export</source>
        <translation>البيع {sale} في {path} ليس بيعاً من تصدير للمبيعات المنتظرة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="89"/>
        <source>Sale {sale} in {path} is {state}, not a sale waiting to be sent</source>
        <translation>البيع {sale} في {path} حالته {state}، وليس بيعاً ينتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="92"/>
        <source>Sale {sale} in {path}: its content is not a sale</source>
        <translation>البيع {sale} في {path}: محتواه ليس بيعاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="93"/>
        <source>Sale {sale} in {path}: its content is another sale&apos;s</source>
        <translation>البيع {sale} في {path}: محتواه لبيع آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="94"/>
        <source>Sale {sale} in {path}: its content names another sale number</source>
        <translation>البيع {sale} في {path}: محتواه يذكر رقم بيع آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="97"/>
        <source>Sale {sale} in {path}: its sale number is not its counter&apos;s</source>
        <translation>البيع {sale} في {path}: رقم البيع ليس من أرقام صندوقه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="10"/>
        <source>Your sign-in has ended; sign in again</source>
        <translation>انتهت جلسة دخولك؛ سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="11"/>
        <source>Your role may not make this change to an account</source>
        <translation>لا يسمح دورك بإجراء هذا التغيير على حساب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="12"/>
        <source>The server refused this: your role may not do it</source>
        <translation>رفض الخادم ذلك: دورك لا يسمح به</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="13"/>
        <source>Nobody is signed in at this counter: waiting for a sign-in to send</source>
        <translation>لا أحد مسجّل الدخول على هذا الصندوق: الإرسال ينتظر تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="32"/>
        <source>Paying from the wallet needs the customer&apos;s PIN or card</source>
        <extracomment>The refusals the services raise (``domain.wallet_consent``), for the translators (the screen translates a refusal by its template, ``service_messages``).</extracomment>
        <translation>الدفع من المحفظة يتطلب رمز PIN الخاص بالزبون أو بطاقته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="33"/>
        <source>Paying from the wallet needs the customer&apos;s PIN</source>
        <translation>الدفع من المحفظة يتطلب رمز PIN الخاص بالزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="34"/>
        <source>Paying from the wallet needs the scan of the customer&apos;s card</source>
        <translation>الدفع من المحفظة يتطلب مسح بطاقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="37"/>
        <source>This wallet cannot be paid by PIN: scan the customer&apos;s card</source>
        <translation>لا يمكن الدفع من هذه المحفظة برمز PIN: امسح بطاقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="40"/>
        <source>This wallet cannot be paid by card scan: the customer types their PIN</source>
        <translation>لا يمكن الدفع من هذه المحفظة بمسح البطاقة: يكتب الزبون رمز PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="44"/>
        <source>Wrong PIN. Tries left before the PIN locks: {tries}</source>
        <translation>رمز PIN خاطئ. المحاولات المتبقية قبل القفل: {tries}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="45"/>
        <source>This card is not the customer&apos;s card</source>
        <translation>هذه البطاقة ليست بطاقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="46"/>
        <source>Too many wrong PINs: the PIN is locked until {time}</source>
        <translation>رموز PIN خاطئة كثيرة: الرمز مقفل حتى {time}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="47"/>
        <source>The server cannot be reached: the wallet pays only by the scan of the customer&apos;s card</source>
        <translation>لا يمكن الوصول إلى الخادم: تُدفع المحفظة فقط بمسح بطاقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="51"/>
        <source>A PIN is 4 to 6 digits</source>
        <translation>رمز PIN من 4 إلى 6 أرقام</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="52"/>
        <source>This PIN is too easy to guess; choose another</source>
        <translation>هذا الرمز سهل التخمين؛ اختر رمزًا آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="53"/>
        <source>The two PINs differ; type it again</source>
        <translation>الرمزان مختلفان؛ اكتبه مرة أخرى</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="101"/>
        <location filename="../../pos_app/ui/settings_dialog.py" line="415"/>
        <source>Settings</source>
        <extracomment>The query parameters the dialog shows in fields of their own (host and user may be given there too, libpq&apos;s way), and the password, which the settings never keep; any other one of a saved address (connect_timeout, target_session_attrs, ...) is kept.</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="122"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="124"/>
        <source>&amp;Counter name</source>
        <translation>اسم ال&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="126"/>
        <source>Store &amp;name</source>
        <translation>اسم المت&amp;جر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="130"/>
        <source>Store &amp;address (receipts)</source>
        <translation>&amp;عنوان المتجر (الإيصالات)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="134"/>
        <source>&amp;Low stock below</source>
        <translation>مخزون م&amp;نخفض تحت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="135"/>
        <source>Lock when &amp;idle for</source>
        <translation>القفل عند ال&amp;خمول لمدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="138"/>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="140"/>
        <source>A new language is used from the next sign-in.</source>
        <translation>تُستخدم اللغة الجديدة ابتداءً من تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="148"/>
        <source>Counter and &amp;store</source>
        <translation>الصندوق و&amp;المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="152"/>
        <source>This computer&apos;s &amp;file (one counter)</source>
        <translation>&amp;ملف هذا الحاسوب (صندوق واحد)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="154"/>
        <source>A PostgreSQL s&amp;erver on the network (several counters)</source>
        <translation>&amp;خادم PostgreSQL على الشبكة (عدة صناديق)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="171"/>
        <source>empty: unchanged</source>
        <translation>فارغ: بلا تغيير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="173"/>
        <source>empty: none</source>
        <translation>فارغ: لا شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="175"/>
        <source>For&amp;get the saved password</source>
        <translation>ن&amp;سيان كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="179"/>
        <source>/path/to/root.crt (for verify-full)</source>
        <translation>/path/to/root.crt (لـ verify-full)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="181"/>
        <source>&amp;Host</source>
        <translation>الم&amp;ضيف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="182"/>
        <source>P&amp;ort</source>
        <translation>الم&amp;نفذ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="183"/>
        <source>&amp;Database</source>
        <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="184"/>
        <source>&amp;User</source>
        <translation>المستخ&amp;دم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="185"/>
        <source>&amp;Password</source>
        <translation>كلم&amp;ة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="187"/>
        <source>TLS &amp;mode</source>
        <translation>&amp;وضع TLS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="188"/>
        <source>TLS root &amp;certificate</source>
        <translation>&amp;شهادة الجذر TLS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="197"/>
        <source>The password is kept in this computer&apos;s system keyring, never in the settings file: the app takes it from there at start, and cashiers are never asked for it. Without a keyring it is asked for at each start.</source>
        <translation>تُحفظ كلمة المرور في سلسلة مفاتيح النظام على هذا الحاسوب، وليس في ملف الإعدادات أبداً: يأخذها التطبيق من هناك عند البدء، ولا تُطلب من أمناء الصندوق. وبدون سلسلة مفاتيح تُطلب عند كل بدء.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="207"/>
        <source>&amp;Test connection</source>
        <translation>اخ&amp;تبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="215"/>
        <source>Data&amp;base</source>
        <translation>ال&amp;بيانات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="217"/>
        <source>&amp;Receipt printer</source>
        <translation>&amp;طابعة الإيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="219"/>
        <source>Customer displa&amp;y</source>
        <translation>شاشة ال&amp;زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="221"/>
        <source>Bac&amp;kups</source>
        <translation>النسخ الا&amp;حتياطية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="305"/>
        <source>Enter the server&apos;s address</source>
        <extracomment>Query parameters of the saved address that have no field: kept on a change. What the fields showed on opening: while they still hold it, saving keeps the saved address exactly (its spelling, its TLS mode and anything without a field).</extracomment>
        <translation>أدخل عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="309"/>
        <source>This computer&apos;s own file is always available</source>
        <translation>ملف هذا الحاسوب متاح دائماً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="313"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="330"/>
        <source>Only an admin changes the settings; nothing was saved</source>
        <translation>لا يغيّر الإعدادات إلا المسؤول؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="339"/>
        <source>Give this counter a name</source>
        <translation>أعطِ هذا الصندوق اسماً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="344"/>
        <source>Give the store a name: receipts show it</source>
        <translation>أعطِ المتجر اسماً: تظهره الإيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="407"/>
        <source>{0}. Nothing was saved: unlock the keyring and save again.</source>
        <translation>{0}. لم يُحفظ شيء: افتح سلسلة المفاتيح واحفظ مجدداً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="417"/>
        <source>The settings are saved. This computer has no system keyring to keep the database password in, so Counter POS asks for it at each start.</source>
        <translation>حُفظت الإعدادات. ليس لهذا الحاسوب سلسلة مفاتيح لحفظ كلمة مرور قاعدة البيانات، لذا يطلبها Counter POS عند كل بدء.</translation>
    </message>
</context>
<context>
    <name>ShiftActions</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="57"/>
        <source>No shift open at this counter: press {0} to open one</source>
        <translation>لا توجد وردية مفتوحة على هذا الصندوق: اضغط {0} لفتح وردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="63"/>
        <source>Shift open since {0} by {1}</source>
        <translation>وردية مفتوحة منذ {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="39"/>
        <source>Close the shift</source>
        <translation>إغلاق الوردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="30"/>
        <source>Count the drawer by note and coin (and type the card terminal&apos;s total if you have it). What the drawer should hold is shown once the shift is closed.</source>
        <extracomment>What a close refused for want of a manager says (``ShiftService.close``). Sales made offline at this counter that have not reached the server.</extracomment>
        <translation>عُدّ الدرج حسب الأوراق والقطع النقدية (واكتب مجموع جهاز البطاقات إن توفّر). يظهر ما يجب أن يحويه الدرج بعد إغلاق الوردية.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="44"/>
        <source>C&amp;lose the shift</source>
        <translation>إ&amp;غلاق الوردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="85"/>
        <source>Approve the close</source>
        <translation>الموافقة على الإغلاق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="64"/>
        <source>The count differs from what the drawer should hold by more than the store allows. A manager approves this close by typing their username and password; nothing is recorded until then.</source>
        <translation>يختلف العدّ عمّا يجب أن يحويه الدرج بأكثر مما يسمح به المتجر. يوافق المدير على هذا الإغلاق بكتابة اسم المستخدم وكلمة المرور؛ ولا يُسجَّل شيء قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="71"/>
        <source>A count of this shift was refused already, so a manager approves its close, whatever the count, by typing their username and password; nothing is recorded until then.</source>
        <translation>رُفض عدٌّ لهذه الوردية من قبل، لذا يوافق مدير على إغلاقها، أيًّا كان العدّ، بكتابة اسم المستخدم وكلمة المرور؛ لا يُسجَّل شيء قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="78"/>
        <source>{0} A manager approves closing the shift before they do by typing their username and password; nothing is recorded until then.</source>
        <translation>{0} يوافق مدير على إغلاق الوردية بكتابة اسم المستخدم وكلمة المرور؛ لا يُسجَّل شيء قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="100"/>
        <source>The shift is NOT closed: a manager must approve this count</source>
        <translation>لم تُغلق الوردية: يجب أن يوافق مدير على هذا العدّ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="161"/>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="236"/>
        <source>No shift is open at this counter: {0}</source>
        <extracomment>Why the drawer was asked to open, by us: said once it opened or failed.</extracomment>
        <translation>لا توجد وردية مفتوحة على هذا الصندوق: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="166"/>
        <source>A shift is already open at this counter ({0})</source>
        <translation>توجد وردية مفتوحة بالفعل على هذا الصندوق ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="181"/>
        <source>Open a shift</source>
        <translation>فتح وردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="182"/>
        <source>Count the opening float in the drawer of {0}, by note and coin.</source>
        <translation>عُدّ رصيد الافتتاح في درج {0}، حسب الأوراق والقطع النقدية.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="188"/>
        <source>&amp;Open the shift</source>
        <translation>&amp;فتح الوردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="200"/>
        <source>Shift opened: float {0}</source>
        <translation>فُتحت الوردية: رصيد الافتتاح {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="237"/>
        <source>nothing to close</source>
        <translation>لا شيء لإغلاقه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="246"/>
        <source>Closing the shift needs the server, and it cannot be reached: keep selling, and close once it is back.</source>
        <translation>إغلاق الوردية يحتاج إلى الخادم، وهو غير متاح: تابع البيع وأغلق عند عودته.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="267"/>
        <source>Shift {0} closed: cash {1}</source>
        <translation>أُغلقت الوردية {0}: النقد {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="285"/>
        <source>Paid in</source>
        <translation>إيداع نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="286"/>
        <source>Cash put into the drawer outside a sale, and why.</source>
        <translation>نقد وُضع في الدرج خارج البيع، وسببه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="290"/>
        <source>Paid out</source>
        <translation>سحب نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="291"/>
        <source>Cash taken out of the drawer outside a refund, and why.</source>
        <translation>نقد أُخذ من الدرج خارج الاسترداد، وسببه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="311"/>
        <source>{0} recorded: {1}, {2}.</source>
        <translation>سُجّل {0}: {1}، {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="336"/>
        <source>Drawer opening with no sale recorded: {0}.</source>
        <translation>سُجّل فتح الدرج دون بيع: {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="345"/>
        <source>Opening the drawer…</source>
        <translation>جارٍ فتح الدرج…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="322"/>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="338"/>
        <source>No sale</source>
        <translation>بدون بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="323"/>
        <source>Open the drawer with no sale: say why (it is recorded).</source>
        <translation>فتح الدرج بدون بيع: اذكر السبب (يُسجَّل).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="326"/>
        <source>&amp;Open the drawer</source>
        <translation>&amp;فتح الدرج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="354"/>
        <source>Drawer opened</source>
        <translation>فُتح الدرج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="360"/>
        <source>The drawer did NOT open: {0} ({1} is recorded all the same)</source>
        <translation>لم يُفتح الدرج: {0} ({1} مسجّل على أي حال)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="372"/>
        <source>X report</source>
        <translation>تقرير X</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="373"/>
        <source>The X report shows what the drawer should hold, which a cashier&apos;s close does not. A manager shows it by typing their username and password.</source>
        <translation>يعرض تقرير X ما يجب أن يحويه الدرج، وهو ما لا يعرضه إغلاق أمين الصندوق. يعرضه المدير بكتابة اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="406"/>
        <source>No sale yet at this counter to void</source>
        <translation>لا يوجد بيع بعد على هذا الصندوق لإلغائه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="413"/>
        <source>Sale {0} voided ({1}): {2}. Its goods are back on the shelf and store credit back in the wallet; give back any cash or card payment.</source>
        <translation>أُلغي البيع {0} ({1}): {2}. عادت بضاعته إلى الرفوف وعاد رصيد المتجر إلى المحفظة؛ أعد أي دفعة نقدية أو بالبطاقة.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="320"/>
        <source>1 sale made offline has not reached the server: it will not count in this shift.</source>
        <translation>لم يصل إلى الخادم بيع واحد أُجري دون اتصال: لن يُحتسب في هذه الوردية.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="324"/>
        <source>{0} sales made offline have not reached the server: they will not count in this shift.</source>
        <translation>لم تصل إلى الخادم {0} مبيعات أُجريت دون اتصال: لن تُحتسب في هذه الوردية.</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="43"/>
        <source>Cash</source>
        <extracomment>How a report names each way of paying.</extracomment>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="44"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="45"/>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="249"/>
        <source>{0} report: shift {1}</source>
        <translation>تقرير {0}: الوردية {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="258"/>
        <source>X report: the shift is open; nothing was changed.</source>
        <translation>تقرير X: الوردية مفتوحة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="264"/>
        <source>Cash: {0}</source>
        <translation>النقد: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="264"/>
        <source>not counted</source>
        <translation>غير معدود</translation>
    </message>
</context>
<context>
    <name>ShiftRows</name>
    <message>
        <location filename="../../pos_app/ui/sales/shift_rows.py" line="14"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shift_rows.py" line="72"/>
        <source>1 shift</source>
        <translation>وردية واحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shift_rows.py" line="74"/>
        <source>{0} shifts</source>
        <translation>عدد الورديات: {0}</translation>
    </message>
</context>
<context>
    <name>ShiftsReport</name>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="36"/>
        <source>All counters</source>
        <translation>كل الصناديق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="78"/>
        <source>at counter {0}</source>
        <translation>على الصندوق {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="80"/>
        <source>in the whole store</source>
        <translation>في المتجر كله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="84"/>
        <source>No shift was closed {0} from {1} to {2}.</source>
        <translation>لم تُغلق أي وردية {0} من {1} إلى {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="87"/>
        <source>1 shift closed {0} from {1} to {2}.</source>
        <translation>أُغلقت وردية واحدة {0} من {1} إلى {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="89"/>
        <source>{3} shifts closed {0} from {1} to {2}; the last row adds them up.</source>
        <translation>الورديات المغلقة {0} من {1} إلى {2}: {3}؛ يجمعها السطر الأخير.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="108"/>
        <source>The shifts of every counter, or of one</source>
        <translation>ورديات كل الصناديق، أو صندوق واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="109"/>
        <source>Cou&amp;nter</source>
        <translation>الصن&amp;دوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="111"/>
        <source>Pr&amp;int or save as PDF…</source>
        <translation>طباعة &amp;أو حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="113"/>
        <source>This report as a document: print it or save it as PDF</source>
        <translation>هذا التقرير كمستند: اطبعه أو احفظه بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="126"/>
        <source>&lt;b&gt;Shifts closed&lt;/b&gt; in the period (the dates above)</source>
        <translation>&lt;b&gt;الورديات المغلقة&lt;/b&gt; في الفترة (التواريخ أعلاه)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="187"/>
        <source>whole store</source>
        <translation>المتجر كله</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="189"/>
        <source>Z report of shifts: {0}</source>
        <translation>تقرير Z للورديات: {0}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="75"/>
        <location filename="../../pos_app/ui/sign_in.py" line="106"/>
        <source>&amp;Username</source>
        <extracomment>Store name and address, as the settings dialog takes them.</extracomment>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="76"/>
        <location filename="../../pos_app/ui/sign_in.py" line="106"/>
        <source>&amp;Password</source>
        <translation>كلم&amp;ة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="80"/>
        <location filename="../../pos_app/ui/sign_in.py" line="108"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="96"/>
        <source>Opening the database…</source>
        <extracomment>Enter was pressed before the database was open: sign in as soon as it is.</extracomment>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="101"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="103"/>
        <source>Counter POS: {title}</source>
        <translation>Counter POS: {title}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="104"/>
        <source>{title} at {counter}</source>
        <translation>{title} على {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/language_choice.py" line="29"/>
        <source>System ({language})</source>
        <translation>النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="112"/>
        <source>Sign &amp;in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="114"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="150"/>
        <source>Enter your username and password</source>
        <translation>أدخل اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="155"/>
        <source>Opening the database… you are signed in as soon as it is ready</source>
        <translation>جارٍ فتح قاعدة البيانات… ستُسجَّل دخولك فور جاهزيتها</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="42"/>
        <source>Add staff member</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="52"/>
        <source>&amp;Username</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="53"/>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="54"/>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="55"/>
        <source>&amp;Password</source>
        <translation>كلم&amp;ة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="56"/>
        <source>Rep&amp;eat password</source>
        <translation>&amp;تكرار كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="60"/>
        <source>The two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="141"/>
        <source>&amp;Add staff…</source>
        <extracomment>The member to select when the list is next read (one just added or changed).</extracomment>
        <translation>إ&amp;ضافة موظف…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="143"/>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>إضافة موظف (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="144"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="183"/>
        <source>&amp;Deactivate</source>
        <translation>تع&amp;طيل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="145"/>
        <source>Change r&amp;ole…</source>
        <translation>تغيير ال&amp;دور…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="146"/>
        <source>Give the staff member another role</source>
        <translation>إعطاء الموظف دوراً آخر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="147"/>
        <source>&amp;Reset password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="148"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="149"/>
        <source>Lift a lockout after too many failed sign-ins</source>
        <translation>رفع القفل بعد محاولات دخول فاشلة كثيرة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="183"/>
        <source>Reac&amp;tivate</source>
        <translation>إعادة ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="217"/>
        <source>{0} was added</source>
        <translation>أُضيف {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="229"/>
        <source>{0} was made {1}</source>
        <translation>أصبح {0} {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="242"/>
        <source>Password of {0} was reset</source>
        <translation>أُعيد تعيين كلمة مرور {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="253"/>
        <source>{0} can sign in again</source>
        <translation>يستطيع {0} الدخول مجدداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="266"/>
        <source>{0} was reactivated</source>
        <translation>أُعيد تفعيل {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="266"/>
        <source>{0} was deactivated</source>
        <translation>عُطّل {0}</translation>
    </message>
</context>
<context>
    <name>Stars</name>
    <message>
        <location filename="../../pos_app/ui/stars.py" line="20"/>
        <source>{0} of {1} stars</source>
        <translation>{0} من {1} نجوم</translation>
    </message>
</context>
<context>
    <name>StockHistoryPanel</name>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="82"/>
        <source>Select a product to see its stock history</source>
        <translation>اختر منتجاً لعرض سجل مخزونه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="87"/>
        <source>Stock history of {0}</source>
        <translation>سجل مخزون {0}</translation>
    </message>
</context>
<context>
    <name>TaxDialogs</name>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="23"/>
        <source>active</source>
        <extracomment>The longest rate name the tax service takes (its column is 40 characters). For lupdate: a rate&apos;s state in the table, shown through ``translate``.</extracomment>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="23"/>
        <source>retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="33"/>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="46"/>
        <source>exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="54"/>
        <source>store default</source>
        <translation>افتراضي المتجر</translation>
    </message>
</context>
<context>
    <name>ThermalReceipt</name>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="17"/>
        <source>Tax number {0}</source>
        <translation>الرقم الضريبي {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="18"/>
        <source>*** COPY ***</source>
        <translation>*** نسخة ***</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="19"/>
        <source>*** VOID ***</source>
        <translation>*** ملغاة ***</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="20"/>
        <source>Voided</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="21"/>
        <source>Reason: {0}</source>
        <translation>السبب: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="22"/>
        <source>Sale {0}</source>
        <translation>البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="23"/>
        <source>No. {0}</source>
        <translation>رقم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="24"/>
        <source>Cashier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="25"/>
        <source>Counter</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="26"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="27"/>
        <source>walk-in</source>
        <translation>عميل عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="28"/>
        <source>Promotion</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="29"/>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="30"/>
        <source>Discount ({0})</source>
        <translation>خصم ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="31"/>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="32"/>
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="33"/>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="34"/>
        <source>Discounts (cart: {0})</source>
        <translation>الخصومات (السلة: {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="35"/>
        <source>TOTAL</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="36"/>
        <source>Included tax</source>
        <translation>الضريبة المشمولة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="37"/>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="38"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="39"/>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="40"/>
        <source>Cash rounding</source>
        <translation>تقريب النقد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="41"/>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="42"/>
        <source>Cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="43"/>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="44"/>
        <source>Cash tendered</source>
        <translation>النقد المدفوع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="45"/>
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="46"/>
        <source>Card reference</source>
        <translation>مرجع البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="47"/>
        <source>Store credit left</source>
        <translation>رصيد المتجر المتبقي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="48"/>
        <source>Refunded so far</source>
        <translation>المسترد حتى الآن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="49"/>
        <source>Recorded offline: sent to the server when it is back</source>
        <translation>سُجّل دون اتصال: يُرسل إلى الخادم عند عودته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="50"/>
        <source>Ref. {0}</source>
        <translation>المرجع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="51"/>
        <source>Thank you for shopping with us.</source>
        <translation>شكراً لتسوّقكم معنا.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="52"/>
        <source>Test print</source>
        <translation>طباعة تجريبية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="53"/>
        <source>{0} characters a line: the ruler below fills one exactly.</source>
        <translation>{0} حرفاً في السطر: المسطرة أدناه تملأ سطراً واحداً تماماً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="56"/>
        <source>REFUND of sale {0}</source>
        <translation>استرداد البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="57"/>
        <source>Refund {0}</source>
        <translation>الاسترداد {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="58"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="59"/>
        <source>Authorised by</source>
        <translation>بإذن من</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="60"/>
        <source>{0} returned</source>
        <translation>المُرجع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="61"/>
        <source>REFUNDED</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="62"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="63"/>
        <source>Store credit now</source>
        <translation>رصيد المتجر الآن</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="56"/>
        <source>Top up {0}</source>
        <translation>شحن {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="58"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="61"/>
        <source>Cash (into this drawer)</source>
        <translation>نقداً (في هذا الدرج)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="62"/>
        <source>Card (external terminal)</source>
        <translation>بطاقة (جهاز خارجي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="64"/>
        <source>&amp;Amount</source>
        <translation>ال&amp;مبلغ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="65"/>
        <source>Paid &amp;by</source>
        <translation>الدفع &amp;بـ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="66"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../pos_app/ui/table_model.py" line="44"/>
        <source>Yes</source>
        <extracomment>Role that returns the whole record of a row.</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/table_model.py" line="44"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="15"/>
        <source>single</source>
        <translation>أعزب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="16"/>
        <source>married</source>
        <translation>متزوج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="17"/>
        <source>divorced</source>
        <translation>مطلّق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="18"/>
        <source>widowed</source>
        <translation>أرمل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="19"/>
        <source>needs approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="20"/>
        <source>approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="21"/>
        <source>flagged</source>
        <translation>مُبلّغ عنه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="22"/>
        <source>top up</source>
        <translation>شحن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="23"/>
        <source>purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="24"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="25"/>
        <source>adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="26"/>
        <source>sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="27"/>
        <source>restock</source>
        <translation>إعادة تزويد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="28"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="29"/>
        <source>wallet</source>
        <translation>المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="30"/>
        <source>cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="31"/>
        <source>card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="32"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="33"/>
        <source>sign in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="34"/>
        <source>sign out</source>
        <translation>تسجيل خروج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="35"/>
        <source>sign in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="36"/>
        <source>lockout</source>
        <translation>قفل الحساب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="37"/>
        <source>unlock</source>
        <translation>فتح الحساب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="38"/>
        <source>staff created</source>
        <translation>أُنشئ موظف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="39"/>
        <source>role changed</source>
        <translation>تغيّر الدور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="40"/>
        <source>staff activation</source>
        <translation>تفعيل موظف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="41"/>
        <source>password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="42"/>
        <source>customer registered</source>
        <translation>سُجّل زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="43"/>
        <source>customer deleted</source>
        <translation>حُذف زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="44"/>
        <source>customer activation</source>
        <translation>تفعيل زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="45"/>
        <source>category change</source>
        <translation>تغيير فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="46"/>
        <source>wallet top up</source>
        <translation>شحن المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="47"/>
        <source>wallet adjustment</source>
        <translation>تسوية المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="48"/>
        <source>void</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="49"/>
        <source>price change</source>
        <translation>تغيير سعر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="50"/>
        <source>product change</source>
        <translation>تغيير منتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="51"/>
        <source>stock adjustment</source>
        <translation>تسوية مخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="52"/>
        <source>review moderation</source>
        <translation>إشراف على تقييم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="53"/>
        <source>day closed</source>
        <translation>إقفال يوم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="54"/>
        <source>settings change</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="55"/>
        <source>permission denied</source>
        <translation>رُفض الإذن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="56"/>
        <source>tax change</source>
        <translation>تغيير ضريبة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="57"/>
        <source>promotion change</source>
        <translation>تغيير عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="58"/>
        <source>discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="59"/>
        <source>shift opened</source>
        <translation>فُتحت وردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="60"/>
        <source>shift closed</source>
        <translation>أُغلقت وردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="61"/>
        <source>paid in</source>
        <translation>إيداع نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="62"/>
        <source>paid out</source>
        <translation>سحب نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="63"/>
        <source>no sale</source>
        <translation>دون بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="64"/>
        <source>offline resolved</source>
        <translation>حُلّ (دون اتصال)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="65"/>
        <source>multi buy</source>
        <translation>شراء متعدد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="66"/>
        <source>buy x get y</source>
        <translation>اشترِ x واحصل على y</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="67"/>
        <source>category percent</source>
        <translation>نسبة على فئة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="68"/>
        <source>ok</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="69"/>
        <source>denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="70"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
</context>
<context>
    <name>VoidSale</name>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="37"/>
        <source>Sale {0} is already void</source>
        <translation>البيع {0} ملغى أصلاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="39"/>
        <source>Sale {0} has a return already: return the rest instead</source>
        <translation>للبيع {0} مرتجع من قبل: أرجع الباقي بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="46"/>
        <source>Sale {0} is not of a shift still open: take it back as a return (F6)</source>
        <translation>البيع {0} ليس من وردية ما زالت مفتوحة: استرجعه كمرتجع (F6)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="88"/>
        <source>Void sale {0} ({1})? The whole sale is taken back: its goods go back on the shelf, store credit back to the wallet, and its cash and card leave the shift&apos;s figures. Only a sale of the shift still open can be voided.</source>
        <translation>إلغاء البيع {0} ({1})؟ يُستعاد البيع كله: تعود بضاعته إلى الرف، ويعود رصيد المتجر إلى المحفظة، ويخرج نقده وبطاقته من أرقام الوردية. لا يمكن إلغاء إلا بيع من الوردية التي ما زالت مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="95"/>
        <source>A manager authorises it by typing their username and password.</source>
        <translation>يفوّضه مدير بكتابة اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="100"/>
        <source>Void sale {0}</source>
        <translation>إلغاء البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="104"/>
        <source>&amp;Void the sale</source>
        <translation>إ&amp;لغاء البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="116"/>
        <source>VOID</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="124"/>
        <source>VOID {0}: {1}</source>
        <translation>ملغى {0}: {1}</translation>
    </message>
</context>
<context>
    <name>WalletCardDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="74"/>
        <source>Customer card of {0}</source>
        <translation>بطاقة الزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="81"/>
        <source>A new card pays from {0}&apos;s wallet when its barcode is scanned at the counter. Any earlier card of theirs no longer pays.</source>
        <translation>تدفع البطاقة الجديدة من محفظة {0} عند مسح رمزها الشريطي في الصندوق. لم تعد أي بطاقة سابقة له تدفع.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="87"/>
        <source>&amp;Issue card</source>
        <translation>إ&amp;صدار البطاقة</translation>
    </message>
</context>
<context>
    <name>WalletConsentDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="64"/>
        <source>This customer has no wallet PIN yet: scan their card, or a manager sets a PIN in Customers (Ctrl+Shift+W)</source>
        <translation>ليس لهذا العميل رمز PIN للمحفظة بعد: امسح بطاقته، أو يضع مدير رمزًا في العملاء (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="93"/>
        <source>Store credit: the customer&apos;s consent</source>
        <translation>رصيد المتجر: موافقة الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="94"/>
        <source>Customer &amp;PIN or card scan</source>
        <translation>&amp;رمز PIN الخاص بالزبون أو مسح بطاقته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="96"/>
        <source>&amp;Pay from the wallet</source>
        <translation>ا&amp;دفع من المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="97"/>
        <source>The customer types their PIN (it is not shown), or scan their customer card. Escape goes back to the payment.</source>
        <translation>يكتب الزبون رمز PIN (لا يظهر)، أو امسح بطاقة الزبون. يعود مفتاح Escape إلى الدفع.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="111"/>
        <source>Type the customer&apos;s PIN or scan their card</source>
        <translation>اكتب رمز PIN الخاص بالزبون أو امسح بطاقته</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="41"/>
        <source>{0}: balance {1}</source>
        <translation>{0}: الرصيد {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="47"/>
        <source>e.g. {0}</source>
        <translation>مثلًا {0}</translation>
    </message>
</context>
<context>
    <name>WalletPinDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="32"/>
        <source>Wallet PIN of {0}</source>
        <extracomment>The keys of the Customers workspace for them.</extracomment>
        <translation>رمز PIN لمحفظة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="39"/>
        <source>The customer types a PIN of 4 to 6 digits, twice. It pays from their wallet at the counter; the earlier PIN no longer does.</source>
        <translation>يكتب الزبون رمز PIN من 4 إلى 6 أرقام مرتين. يدفع به من محفظته في الصندوق؛ ولم يعد الرمز السابق يدفع.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="50"/>
        <source>New &amp;PIN</source>
        <translation>رمز &amp;PIN جديد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="51"/>
        <source>PIN a&amp;gain</source>
        <translation>الرمز مرة أ&amp;خرى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="52"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;تعيين الرمز</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../pos_app/ui/widgets.py" line="233"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="115"/>
        <source>Checkout</source>
        <extracomment>In English: the key of ``MainWindow.workspaces``; shown as translated (``shown_name``). Shown to the roles that may do this (the permission matrix decides, not this file). Ctrl+&lt;key&gt; jumps here; the same key for every role (a role without it has nothing). Only for staff, even where a customer may do ``op`` on their own records. Every workspace, in menu order, with the operation that shows it. Hiding is a convenience; the services check permissions on every call. For lupdate: the workspaces&apos; names and the roles, shown through ``translate``.</extracomment>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="115"/>
        <source>Customers</source>
        <translation>الزبائن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="116"/>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="116"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="117"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="117"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>My account</source>
        <translation>حسابي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>Pricing</source>
        <translation>التسعير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="121"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>WriteReviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="115"/>
        <source>&amp;Product</source>
        <translation>&amp;المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="118"/>
        <source>Reviews are read by the store before others see them.</source>
        <translation>يقرأ المتجر التقييمات قبل أن يراها الآخرون.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="124"/>
        <source>Choose a product you bought</source>
        <translation>اختر منتجاً اشتريته</translation>
    </message>
</context>
<context>
    <name>_ReviewForm</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="88"/>
        <source> of 5</source>
        <translation> من 5</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="90"/>
        <source>What did you think of it? (optional)</source>
        <translation>ما رأيك فيه؟ (اختياري)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="96"/>
        <source>&amp;Rating</source>
        <translation>ال&amp;تقييم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="97"/>
        <source>&amp;Comment</source>
        <translation>التع&amp;ليق</translation>
    </message>
</context>
</TS>
