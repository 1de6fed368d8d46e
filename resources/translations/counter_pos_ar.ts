<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Cart</name>
    <message>
        <location filename="../../pos_app/ui/checkout/saved_cart.py" line="19" />
        <source>1 item</source>
        <translation>قطعة واحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/saved_cart.py" line="20" />
        <source>{0} items</source>
        <translation>عدد القطع: {0}</translation>
    </message>
</context>
<context>
    <name>CartDiscounts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="208" />
        <source>Discount: {0}</source>
        <translation>خصم: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="223" />
        <source>The whole cart ({0} at shelf prices); the sale spreads it over the lines.</source>
        <translation>السلة كاملة ({0} بأسعار الرفوف)؛ يوزّع البيع الخصم على البنود.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="228" />
        <source>Discount the whole cart</source>
        <translation>خصم على السلة كاملة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="258" />
        <source>The whole cart</source>
        <translation>السلة كاملة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="262" />
        <source>{0}: discount removed</source>
        <translation>{0}: أُزيل الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="265" />
        <source>{0}: discount {1}</source>
        <translation>{0}: خصم {1}</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="29" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="30" />
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="31" />
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="32" />
        <source>Line total</source>
        <translation>مجموع البند</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="33" />
        <source>Promotion / discount</source>
        <translation>عرض / خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="115" />
        <source>Only {0} in stock</source>
        <extracomment>The column that says what the line's promotion and discounts take off. The line's own discount, as the cashier gave it. A discount on the whole cart, spread over its lines by the sale. The last quote's lines, by product id and unit price (what a line's promotion and discount take).</extracomment>
        <translation>المتوفر في المخزون {0} فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="125" />
        <source>Promotion</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="130" />
        <source> + cart share</source>
        <translation> + حصة من خصم السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="131" />
        <source>Discount {0}</source>
        <translation>خصم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="134" />
        <source>Cart discount</source>
        <translation>خصم السلة</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="51" />
        <source>Scan a barcode, or type a product name and press Enter (3* first for three)</source>
        <translation>امسح الباركود، أو اكتب اسم المنتج واضغط Enter (اكتب ‎3*‎ قبله لثلاث قطع)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="78" />
        <source>Quantity… ({0})</source>
        <translation>الكمية… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="81" />
        <source>Remove line ({0})</source>
        <translation>حذف البند ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="84" />
        <source>Clear cart ({0})</source>
        <translation>إفراغ السلة ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="86" />
        <source>Discount… ({0}, cart {1})</source>
        <translation>خصم… ({0}، السلة {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="126" />
        <source>{0} in stock</source>
        <translation>في المخزون: {0}</translation>
    </message>
</context>
<context>
    <name>CartParking</name>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="71" />
        <source>No parked carts at this counter</source>
        <extracomment>How soon a park or resume whose answer was lost is sent again. A park or resume sent and not yet answered: ("park"|"swap", key, take id, note). The cart being parked had discounts: a parked cart does not keep them.</extracomment>
        <translation>لا توجد سلال معلّقة على هذه الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="100" />
        <source>Parking the cart…</source>
        <translation>جارٍ تعليق السلة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="118" />
        <source>Resuming the parked cart…</source>
        <translation>جارٍ استئناف السلة المعلّقة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="128" />
        <source>Cart parked ({0}). {1} brings it back.</source>
        <translation>عُلّقت السلة ({0}). اضغط {1} لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="148" />
        <source>Parked cart resumed ({0}).</source>
        <translation>استُؤنفت السلة المعلّقة ({0}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="150" />
        <source>The cart that was on screen is parked ({0}).</source>
        <translation>عُلّقت السلة التي كانت على الشاشة ({0}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="153" />
        <source>{0} product(s) no longer sold were left out.</source>
        <translation>استُبعدت منتجات لم تعد تُباع: {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="165" />
        <source>Its discounts are not kept: give them again after resuming.</source>
        <translation>لا تُحفظ خصوماتها: أعد إدخالها بعد الاستئناف.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="172" />
        <source>The connection dropped; the cart is kept on this computer and sent again.</source>
        <translation>انقطع الاتصال؛ السلة محفوظة على هذا الحاسوب وستُرسل مجدداً.</translation>
    </message>
</context>
<context>
    <name>CartQuoter</name>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="96" />
        <source>Pricing the cart: the payment opens as soon as it is priced</source>
        <extracomment>A quote writes nothing, but its request is checked like a sale's: it needs a UUID. The total beside Pay while an earlier cart's figure is shown. the cart the quote or the error is about Raised by ``reprice``: an answer asked before it is about the old pricing. What to do with the quote of the cart on screen once it is in (F12 waiting).</extracomment>
        <translation>جارٍ تسعير السلة: تُفتح نافذة الدفع فور انتهاء التسعير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="139" />
        <source>Cannot pay yet: the cart cannot be priced. {0}</source>
        <translation>لا يمكن الدفع بعد: تعذّر تسعير السلة. {0}</translation>
    </message>
</context>
<context>
    <name>CheckoutSide</name>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="34" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="38" />
        <source>Name, username, phone or e-mail, then Enter ({0})</source>
        <translation>الاسم أو اسم المستخدم أو الهاتف أو البريد، ثم Enter ‏({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="40" />
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="85" />
        <source>Walk-in customer</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="42" />
        <source>&amp;Walk-in</source>
        <translation>زبون &amp;عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="52" />
        <source>Total</source>
        <extracomment>Shown once today is closed: what is sold now counts for the next business day.</extracomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="57" />
        <source>&amp;Pay ({0})</source>
        <translation>&amp;دفع ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="66" />
        <source>Park ({0})</source>
        <translation>تعليق ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="67" />
        <source>Resume ({0})</source>
        <translation>استئناف ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="68" />
        <source>Return… ({0})</source>
        <translation>إرجاع… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="69" />
        <source>Receipt ({0})</source>
        <translation>الإيصال ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="77" />
        <source>End of day… ({0})</source>
        <translation>إقفال اليوم… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="87" />
        <source>Store credit: {0}</source>
        <translation>رصيد المتجر: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="99" />
        <source>Day {0} closed</source>
        <translation>أُقفل يوم {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="100" />
        <source>at {0} by {1}: sales now count for {2}.</source>
        <translation>الساعة {0} بواسطة {1}: تُحتسب المبيعات الآن ليوم {2}.</translation>
    </message>
</context>
<context>
    <name>CheckoutWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="68" />
        <source>store credit</source>
        <extracomment>Where a refund's money went, as the banner says it.</extracomment>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="69" />
        <source>cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="70" />
        <source>the card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="207" />
        <source>Wait: the sale is being completed</source>
        <extracomment>Tax rates, pricing settings and promotions: the cart on screen is priced again. F12, and the sale in flight (``paying.checking`` while its outcome is unknown). F8 and F9, and the park or resume in flight (``parking.op``). Enter in the scan field, and the ``3*`` multiplier. The cart in the counter's own file, and the one left there brought back at start. Enter in the customer field: who was typed, picked from a list if several. What the cart will be charged (``sales.quote``), asked after every change. F7 and Shift+F7. The receipt printer: receipts not printed (Ctrl+Shift+P), refund slips. The customer's own display and pole display, when this counter has them. Shifts and cash: open, paid in/out, No sale, blind close, X report, void.</extracomment>
        <translation>انتظر: جارٍ إتمام البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="211" />
        <source>Wait: the cart is being parked, resumed or brought back</source>
        <translation>انتظر: جارٍ تعليق السلة أو استئنافها أو استعادتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="227" />
        <source>A line holds at most {0} units</source>
        <translation>لا يتجاوز البند {0} وحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="234" />
        <source>Only {0} of {1} in stock</source>
        <translation>المتوفر من {1} في المخزون {0} فقط</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="268" />
        <source>{0} removed</source>
        <translation>حُذف {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="277" />
        <source>Clear the cart</source>
        <translation>إفراغ السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="278" />
        <source>Remove all {0} from the cart?</source>
        <translation>حذف كل القطع من السلة؟ ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="288" />
        <source>Cart cleared</source>
        <translation>أُفرغت السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="354" />
        <source>No sale yet at this counter</source>
        <translation>لا توجد مبيعات بعد على هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="358" />
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="372" />
        <source>Refund completed: {0} to {1}</source>
        <translation>تمّ الاسترداد: {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="405" />
        <source>1 cart parked at this counter: {0} to resume.</source>
        <translation>سلة معلّقة واحدة على هذا الصندوق: {0} لاستئنافها.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="407" />
        <source>{count} carts parked at this counter: {0} to resume.</source>
        <translation>سلال معلّقة على هذا الصندوق: {count}. اضغط {0} للاستئناف.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="225" />
        <source>&amp;Retry</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
</context>
<context>
    <name>CounterReceipts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="376" />
        <source>1 receipt not printed: {0} prints it</source>
        <extracomment>Sales whose receipt the cashier asked for again: said once printed.</extracomment>
        <translation>إيصال واحد لم يُطبع: {0} لطباعته</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="378" />
        <source>{count} receipts not printed: {0} prints them</source>
        <translation>إيصالات لم تُطبع: {count}. اضغط {0} لطباعتها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="393" />
        <source>Printing 1 receipt…</source>
        <translation>جارٍ طباعة إيصال واحد…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="393" />
        <source>Printing {0} receipts…</source>
        <translation>جارٍ طباعة الإيصالات: {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="399" />
        <source>No sale yet at this counter</source>
        <translation>لا توجد مبيعات بعد على هذا الصندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="403" />
        <source>Printing the receipt of sale {0} again (a copy)…</source>
        <translation>جارٍ إعادة طباعة إيصال البيع {0} (نسخة)…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="411" />
        <source>Printed the receipt of sale {0} again</source>
        <translation>أُعيدت طباعة إيصال البيع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="415" />
        <source>Printed 1 receipt</source>
        <translation>طُبع إيصال واحد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="415" />
        <source>Printed {0} receipts</source>
        <translation>الإيصالات المطبوعة: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="423" />
        <source>the rest did NOT print: {0}</source>
        <translation>لم يُطبع الباقي: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="426" />
        <source>The receipts did NOT print: {0}</source>
        <translation>لم تُطبع الإيصالات: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="435" />
        <source>The refund slip did NOT print: {0}</source>
        <translation>لم يُطبع إيصال الاسترداد: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <location filename="../../pos_app/ui/checkout/customer_lookup.py" line="47" />
        <source>No customer matches that</source>
        <translation>لا يوجد زبون مطابق</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="159" />
        <source>Choose the customer</source>
        <translation>اختر الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="160" />
        <source>{0} customers match. Arrows, then Enter.</source>
        <translation>عدد الزبائن المطابقين: {0}. استخدم الأسهم ثم Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="165" />
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
</context>
<context>
    <name>DiscountApproval</name>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="55" />
        <source>&amp;Authorise</source>
        <extracomment>How soon a sale whose outcome is unknown is asked for again.</extracomment>
        <translation>&amp;تفويض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="56" />
        <source>&amp;Manager</source>
        <translation>ال&amp;مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="57" />
        <source>Manager pass&amp;word</source>
        <translation>كلمة مرور ال&amp;مدير</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="132" />
        <source>e.g. 10</source>
        <translation>مثلاً 10</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="134" />
        <source>or an amount, e.g. 2.50</source>
        <translation>أو مبلغ، مثلاً 2.50</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="136" />
        <source>required: why it is given</source>
        <translation>إلزامي: سبب منحه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="137" />
        <source>&amp;Percent off</source>
        <translation>&amp;نسبة الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="138" />
        <source>Amount o&amp;ff</source>
        <translation>&amp;مبلغ الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="139" />
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="147" />
        <source>Re&amp;move discount</source>
        <translation>إ&amp;زالة الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="152" />
        <source>Appl&amp;y discount</source>
        <translation>&amp;تطبيق الخصم</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="38" />
        <source>it is over the cashiers' limit: a manager authorises it when paying</source>
        <extracomment>What a cashier reads when a discount is over their limit.</extracomment>
        <translation>يتجاوز حدّ أمناء الصندوق: يفوّضه المدير عند الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="49" />
        <source>cart {0}: {1}</source>
        <translation>السلة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="60" />
        <source>Authorise discounts of {0}</source>
        <translation>تفويض خصومات بقيمة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="72" />
        <source>Type the percent off as a number, e.g. 10</source>
        <translation>اكتب النسبة رقماً، مثلاً 10</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="76" />
        <source>A percent off is more than 0 and at most 100</source>
        <translation>نسبة الخصم أكبر من 0 ولا تتجاوز 100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="85" />
        <source>Type a percent off or an amount off</source>
        <translation>اكتب نسبة خصم أو مبلغ خصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="89" />
        <source>A discount is a percent or an amount, not both</source>
        <translation>الخصم نسبة أو مبلغ، لا الاثنان معاً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="93" />
        <source>Say why: a discount needs a reason</source>
        <translation>اذكر السبب: الخصم يتطلب سبباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="97" />
        <source>The amount off</source>
        <translation>مبلغ الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="99" />
        <source>The amount off is more than 0.00</source>
        <translation>مبلغ الخصم أكبر من 0.00</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="107" />
        <source>Bringing back the cart left on screen at this counter…</source>
        <extracomment>How soon a cart left over is asked for again when the database did not answer. Saving is held while the screen is rebuilt from a saved or resumed cart.</extracomment>
        <translation>جارٍ استعادة السلة التي بقيت على شاشة هذا الصندوق…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="117" />
        <source>The cart left on screen is kept on this computer and comes back as soon as the database answers. {0}</source>
        <translation>السلة التي بقيت على الشاشة محفوظة على هذا الحاسوب وتعود فور استجابة قاعدة البيانات. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="142" />
        <source>Cart brought back from before the app stopped: {0}</source>
        <translation>استُعيدت السلة من قبل توقف التطبيق: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="146" />
        <source> for {0}</source>
        <translation> للزبون {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="148" />
        <source>, rung up by {0}</source>
        <translation>، سجّلها {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="151" />
        <source>product {0}</source>
        <translation>المنتج {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="153" />
        <source>No longer sold, left out: {0}.</source>
        <translation>لم تعد تُباع واستُبعدت: {0}.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="186" />
        <source>Counter POS: set up the store</source>
        <translation>Counter POS: إعداد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="192" />
        <source>&lt;h2&gt;Welcome to Counter POS&lt;/h2&gt;Name the store (receipts show its name and address), then create the administrator account. It manages staff and settings; keep its password safe.</source>
        <translation>&lt;h2&gt;مرحباً بك في Counter POS&lt;/h2&gt;سمِّ المتجر (تظهر الإيصالات اسمه وعنوانه)، ثم أنشئ حساب المسؤول. يدير هذا الحساب الموظفين والإعدادات؛ احفظ كلمة مروره في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="204" />
        <source>as printed on receipts</source>
        <translation>كما يُطبع على الإيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="207" />
        <source>street, town (optional)</source>
        <translation>الشارع، المدينة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="209" />
        <source>&amp;Store name</source>
        <translation>اسم المت&amp;جر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="211" />
        <source>Store &amp;address</source>
        <translation>&amp;عنوان المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="224" />
        <source>Your na&amp;me</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="225" />
        <source>&amp;Username</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="226" />
        <source>&amp;Password (8-72)</source>
        <translation>&amp;كلمة المرور (8-72)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="227" />
        <source>&amp;Repeat password</source>
        <translation>&amp;تكرار كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="234" />
        <source>&amp;Create administrator</source>
        <translation>&amp;إنشاء المسؤول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="235" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="248" />
        <source>Give the store a name: receipts show it</source>
        <translation>أعطِ المتجر اسماً: تظهره الإيصالات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="251" />
        <source>The two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../pos_app/ui/forms.py" line="60" />
        <source>{label} can be at most {limit:,} characters (you have {length:,})</source>
        <extracomment>The domain's length limits, by the field names the forms use. A screen may pass its own (``limit=``) or set ``setMaxLength`` on a line edit; either becomes a checked limit.</extracomment>
        <translation>{label}: الحد الأقصى {limit:,} حرفاً (لديك {length:,})</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="286" />
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="291" />
        <source>Sign in as &amp;someone else</source>
        <translation>الدخول باسم &amp;شخص آخر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="244" />
        <source>Counter POS — {store}</source>
        <translation>Counter POS — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="294" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="296" />
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="301" />
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="304" />
        <source>S&amp;witch user…</source>
        <translation>تبديل المس&amp;تخدم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="307" />
        <source>Sign &amp;out</source>
        <translation>تسجيل الخ&amp;روج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="310" />
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="319" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="361" />
        <source>Database: {location}</source>
        <translation>قاعدة البيانات: {location}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="407" />
        <source>The database cannot be reached.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="408" />
        <source>Your work on screen is kept; it will reconnect by itself.</source>
        <translation>عملك على الشاشة محفوظ؛ وسيُعاد الاتصال تلقائياً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="420" />
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="420" />
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <location filename="../../pos_app/ui/checkout/outcome_banner.py" line="43" />
        <source>Change {0}</source>
        <translation>الباقي {0}</translation>
    </message>
</context>
<context>
    <name>ParkNoteDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="73" />
        <source>Optional: who it is for, why it waits</source>
        <translation>اختياري: لمن هي، ولماذا تنتظر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="76" />
        <source>Park the cart</source>
        <translation>تعليق السلة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="77" />
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="79" />
        <source>&amp;Park</source>
        <translation>&amp;تعليق</translation>
    </message>
</context>
<context>
    <name>ParkedCartsDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="108" />
        <source>walk-in</source>
        <translation>زبون عابر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="118" />
        <source>Parked carts</source>
        <translation>السلال المعلّقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="119" />
        <source>Choose a cart (arrows) and press Enter to resume it; the cart on screen is parked in its place.</source>
        <translation>اختر سلة (بالأسهم) واضغط Enter لاستئنافها؛ وتُعلَّق السلة التي على الشاشة مكانها.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="126" />
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="91" />
        <source>Payment</source>
        <extracomment>From the customer's store credit. The cash handed over (covers the cash part; the rest is change); None: no cash part. Charged on the external card terminal. The terminal's approval code or last digits, if typed. Large type for the amount a cashier reads aloud or counts out. The amounts of a split in the order Enter walks them: the wallet first, then cash.</extracomment>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="98" />
        <source>Total {0}</source>
        <translation>المجموع {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="100" />
        <source>(in cash {0})</source>
        <translation>(نقداً {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="106" />
        <source>Store credit {0}</source>
        <translation>رصيد المتجر {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="108" />
        <source>: does not cover {0}; pay the rest by Split</source>
        <translation>: لا يغطي {0}؛ ادفع الباقي بالتقسيم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="113" />
        <source>&amp;Wallet (store credit)</source>
        <translation>ال&amp;محفظة (رصيد المتجر)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="114" />
        <source>&amp;Cash</source>
        <translation>&amp;نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="115" />
        <source>C&amp;ard (external terminal)</source>
        <translation>&amp;بطاقة (جهاز خارجي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="116" />
        <source>S&amp;plit: wallet, card and cash</source>
        <translation>&amp;تقسيم: محفظة وبطاقة ونقد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="126" />
        <source>optional: approval code or last digits</source>
        <translation>اختياري: رمز الموافقة أو آخر الأرقام</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="127" />
        <source>Wallet pa&amp;rt</source>
        <translation>&amp;جزء المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="128" />
        <source>Cash &amp;tendered</source>
        <translation>النقد المست&amp;لم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="129" />
        <source>Card a&amp;mount</source>
        <translation>مبل&amp;غ البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="130" />
        <source>Card r&amp;eference</source>
        <translation>مرج&amp;ع البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="141" />
        <source>C&amp;onfirm payment</source>
        <translation>تأ&amp;كيد الدفع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="171" />
        <source>{0} cannot be negative</source>
        <translation>{0}: لا يمكن أن يكون سالباً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="185" />
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="221" />
        <source>Wallet part</source>
        <translation>جزء المحفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="187" />
        <source>Attach a customer to pay from a wallet</source>
        <translation>اربط زبوناً للدفع من محفظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="190" />
        <source>Wallet part {0} is more than the store credit {1}</source>
        <translation>جزء المحفظة {0} أكبر من رصيد المتجر {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="194" />
        <source>Wallet part {0} is more than the total</source>
        <translation>جزء المحفظة {0} أكبر من المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="196" />
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="222" />
        <source>Card amount</source>
        <translation>مبلغ البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="198" />
        <source>Card amount {0} is more than the {1} left to pay</source>
        <translation>مبلغ البطاقة {0} أكبر من المتبقي للدفع {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="202" />
        <source>A card reference needs a card amount</source>
        <translation>مرجع البطاقة يتطلب مبلغ بطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="207" />
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="267" />
        <source>Cash tendered</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="209" />
        <source>Cash tendered {0} does not cover {1}: {2} short</source>
        <translation>النقد المستلم {0} لا يغطي {1}: ينقص {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="256" />
        <source>Paid from store credit</source>
        <translation>مدفوع من رصيد المتجر</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="259" />
        <source>Card {0} on the terminal</source>
        <translation>بطاقة {0} على الجهاز</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="272" />
        <source>Change {0}</source>
        <translation>الباقي {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="275" />
        <source>Cash due {0}</source>
        <translation>النقد المستحق {0}</translation>
    </message>
</context>
<context>
    <name>PickTableDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="92" />
        <source>Parked at</source>
        <translation>وقت التعليق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="93" />
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="94" />
        <source>Items</source>
        <translation>القطع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="95" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="96" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="97" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="137" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="138" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="139" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="140" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="141" />
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="49" />
        <source>the printer's driver failed; the details are in the log</source>
        <extracomment>What a job's failure says when it is no PosError (the details go to the log).</extracomment>
        <translation>تعطّل برنامج تشغيل الطابعة؛ التفاصيل في السجل</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/receipt_printing.py" line="50" />
        <source>This counter has no receipt printer (Settings)</source>
        <translation>لا توجد طابعة إيصالات لهذا الصندوق (الإعدادات)</translation>
    </message>
</context>
<context>
    <name>ProductScanner</name>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="60" />
        <source>A quantity is 1 to {0}</source>
        <extracomment>``3*`` before a barcode or a name: that many units. At most what one line may hold. Units the next scan adds (``3*`` then Enter).</extracomment>
        <translation>الكمية من 1 إلى {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="65" />
        <source>The next product is added {0} times</source>
        <translation>يُضاف المنتج التالي {0} مرات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="88" />
        <source>Unknown barcode {0}: nothing was added</source>
        <translation>باركود غير معروف {0}: لم يُضف شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="92" />
        <source>{0}: nothing was added</source>
        <translation>{0}: لم يُضف شيء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="99" />
        <source>No product matches that name</source>
        <translation>لا يوجد منتج بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="119" />
        <source>A line holds at most {0} units</source>
        <translation>لا يتجاوز البند {0} وحدة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="125" />
        <source>Only {0} of {1} in stock</source>
        <translation>المتوفر من {1} في المخزون {0} فقط</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="104" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="105" />
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="107" />
        <source>&amp;Set</source>
        <translation>&amp;تعيين</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="116" />
        <source>Type a whole number from 0 (removes the line) to {0}</source>
        <translation>اكتب عدداً صحيحاً من 0 (يحذف البند) إلى {0}</translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="27" />
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="29" />
        <source>Promotions</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="31" />
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="33" />
        <source>cart {0}: {1}</source>
        <translation>السلة {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="40" />
        <source>Tax {0}</source>
        <translation>الضريبة {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="45" />
        <source>incl. tax {0} on {1}</source>
        <translation>تشمل الضريبة {0} على {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="82" />
        <source>TOTAL</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="102" />
        <source>Pricing the cart…</source>
        <translation>جارٍ تسعير السلة…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="108" />
        <source>The cart cannot be priced: {0}</source>
        <translation>تعذّر تسعير السلة: {0}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="50" />
        <source>Return items</source>
        <translation>إرجاع منتجات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="56" />
        <source>Sale number or the sale's UUID from the receipt</source>
        <translation>رقم البيع أو معرّف UUID للبيع من الإيصال</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="58" />
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="64" />
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="64" />
        <source>Sold</source>
        <translation>المباع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="64" />
        <source>Can return</source>
        <translation>قابل للإرجاع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="64" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="73" />
        <source>optional: the terminal's approval code</source>
        <translation>اختياري: رمز موافقة الجهاز</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="74" />
        <source>Refund &amp;to</source>
        <translation>الاسترداد &amp;إلى</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="75" />
        <source>Card r&amp;eference</source>
        <translation>مرج&amp;ع البطاقة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="77" />
        <source>Rea&amp;son</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="86" />
        <source>&amp;Manager</source>
        <translation>ال&amp;مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="87" />
        <source>Manager &amp;password</source>
        <translation>&amp;كلمة مرور المدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="94" />
        <source>&amp;Refund</source>
        <translation>&amp;استرداد</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="116" />
        <source>No sale with that number</source>
        <translation>لا يوجد بيع بهذا الرقم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="132" />
        <source>Card (external terminal)</source>
        <translation>بطاقة (جهاز خارجي)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="134" />
        <source>Store credit (wallet)</source>
        <translation>رصيد المتجر (المحفظة)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="135" />
        <source>Cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="170" />
        <source>Choose how many of which line to return</source>
        <translation>اختر كم قطعة من أي بند تريد إرجاعها</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="207" />
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119" />
        <source>customer</source>
        <translation>زبون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="120" />
        <source>cashier</source>
        <translation>أمين صندوق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="120" />
        <source>manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="121" />
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>SalePayment</name>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="144" />
        <source>Completing the sale…</source>
        <extracomment>A manager is being asked to authorise the cart's discounts. The total the payment dialog showed: the sale is refused if it would charge another (the store's pricing changed meanwhile). The receipt printer: it prints once a sale is recorded, never before.</extracomment>
        <translation>جارٍ إتمام البيع…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="168" />
        <source>Authorise the discount</source>
        <translation>تفويض الخصم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="170" />
        <source>{0}? They are over the cashiers' limit. A manager authorises them by typing their username and password; nothing is charged until then.</source>
        <translation>{0}؟ إنها تتجاوز حدّ أمناء الصندوق. يفوّضها المدير بكتابة اسم المستخدم وكلمة المرور؛ ولا يُحصَّل شيء قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="182" />
        <source>Waiting for a manager to authorise the discount…</source>
        <translation>بانتظار تفويض المدير للخصم…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="197" />
        <source>Sale NOT completed: nothing was charged. No manager authorised the discount.</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ. لم يفوّض أي مدير الخصم.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="214" />
        <source>Sale completed: sale {0}, total {1}</source>
        <translation>تمّ البيع: البيع {0}، المجموع {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="237" />
        <source>Receipt NOT printed: {0}</source>
        <translation>لم يُطبع الإيصال: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="239" />
        <source>The receipt of sale {0} did NOT print: {1}</source>
        <translation>لم يُطبع إيصال البيع {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="242" />
        <source>Sale {0} is completed, but its receipt did NOT print: {1}</source>
        <translation>تمّ البيع {0}، لكن إيصاله لم يُطبع: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="252" />
        <source>Checking the sale… the connection dropped; the cart is kept until we know.</source>
        <translation>جارٍ التحقق من البيع… انقطع الاتصال؛ تبقى السلة محفوظة حتى نتأكد.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="260" />
        <source>Sale NOT completed: nothing was charged. {0}</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="274" />
        <source>Checking the sale that was being paid…</source>
        <translation>جارٍ التحقق من البيع الذي كان قيد الدفع…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="301" />
        <source>Sale NOT completed: nothing was charged (the connection dropped before the sale was recorded). The cart is kept; press Pay to try again.</source>
        <translation>لم يتم البيع: لم يُحصَّل أي مبلغ (انقطع الاتصال قبل تسجيل البيع). السلة محفوظة؛ اضغط دفع للمحاولة مجدداً.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="310" />
        <source>Checking the sale… waiting for the database to come back.</source>
        <translation>جارٍ التحقق من البيع… بانتظار عودة قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>ShiftActions</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="59" />
        <source>No shift open at this counter: press {0} to open one</source>
        <extracomment>What a close refused for want of a manager says (``ShiftService.close``).</extracomment>
        <translation>لا توجد وردية مفتوحة على هذا الصندوق: اضغط {0} لفتح وردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="65" />
        <source>Shift open since {0} by {1}</source>
        <translation>وردية مفتوحة منذ {0} بواسطة {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="77" />
        <source>Close the shift</source>
        <translation>إغلاق الوردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="78" />
        <source>Count the drawer by note and coin (and type the card terminal's total if you have it). What the drawer should hold is shown once the shift is closed.</source>
        <translation>عُدّ الدرج حسب الأوراق والقطع النقدية (واكتب مجموع جهاز البطاقات إن توفّر). يظهر ما يجب أن يحويه الدرج بعد إغلاق الوردية.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="86" />
        <source>C&amp;lose the shift</source>
        <translation>إ&amp;غلاق الوردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="106" />
        <source>Approve the close</source>
        <translation>الموافقة على الإغلاق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="107" />
        <source>The count differs from what the drawer should hold by more than the store allows. A manager approves this close by typing their username and password; nothing is recorded until then.</source>
        <translation>يختلف العدّ عمّا يجب أن يحويه الدرج بأكثر مما يسمح به المتجر. يوافق المدير على هذا الإغلاق بكتابة اسم المستخدم وكلمة المرور؛ ولا يُسجَّل شيء قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="126" />
        <source>The shift is NOT closed: a manager must approve this count</source>
        <translation>لم تُغلق الوردية: يجب أن يوافق مدير على هذا العدّ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="216" />
        <source>No shift is open at this counter: {0}</source>
        <extracomment>Why the drawer was asked to open, by us: said once it opened or failed.</extracomment>
        <translation>لا توجد وردية مفتوحة على هذا الصندوق: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="221" />
        <source>A shift is already open at this counter ({0})</source>
        <translation>توجد وردية مفتوحة بالفعل على هذا الصندوق ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="236" />
        <source>Open a shift</source>
        <translation>فتح وردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="237" />
        <source>Count the opening float in the drawer of {0}, by note and coin.</source>
        <translation>عُدّ رصيد الافتتاح في درج {0}، حسب الأوراق والقطع النقدية.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="243" />
        <source>&amp;Open the shift</source>
        <translation>&amp;فتح الوردية</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="255" />
        <source>Shift opened: float {0}</source>
        <translation>فُتحت الوردية: رصيد الافتتاح {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="273" />
        <source>nothing to close</source>
        <translation>لا شيء لإغلاقه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="286" />
        <source>Shift {0} closed: cash {1}</source>
        <translation>أُغلقت الوردية {0}: النقد {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="304" />
        <source>Paid in</source>
        <translation>إيداع نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="305" />
        <source>Cash put into the drawer outside a sale, and why.</source>
        <translation>نقد وُضع في الدرج خارج البيع، وسببه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="309" />
        <source>Paid out</source>
        <translation>سحب نقدي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="310" />
        <source>Cash taken out of the drawer outside a refund, and why.</source>
        <translation>نقد أُخذ من الدرج خارج الاسترداد، وسببه.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="342" />
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="361" />
        <source>No sale</source>
        <translation>بدون بيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="343" />
        <source>Open the drawer with no sale: say why (it is recorded).</source>
        <translation>فتح الدرج بدون بيع: اذكر السبب (يُسجَّل).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="346" />
        <source>&amp;Open the drawer</source>
        <translation>&amp;فتح الدرج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="356" />
        <source>No sale recorded: {0}. Opening the drawer…</source>
        <translation>سُجّل فتح بدون بيع: {0}. جارٍ فتح الدرج…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="370" />
        <source>Drawer opened</source>
        <translation>فُتح الدرج</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="376" />
        <source>The drawer did NOT open: {0} ({1} is recorded all the same)</source>
        <translation>لم يُفتح الدرج: {0} ({1} مسجّل على أي حال)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="387" />
        <source>X report</source>
        <translation>تقرير X</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="388" />
        <source>The X report shows what the drawer should hold, which a cashier's close does not. A manager shows it by typing their username and password.</source>
        <translation>يعرض تقرير X ما يجب أن يحويه الدرج، وهو ما لا يعرضه إغلاق أمين الصندوق. يعرضه المدير بكتابة اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="421" />
        <source>No sale yet at this counter to void</source>
        <translation>لا يوجد بيع بعد على هذا الصندوق لإلغائه</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="428" />
        <source>Sale {0} voided ({1}): {2}. Its goods are back on the shelf and store credit back in the wallet; give back any cash or card payment.</source>
        <translation>أُلغي البيع {0} ({1}): {2}. عادت بضاعته إلى الرفوف وعاد رصيد المتجر إلى المحفظة؛ أعد أي دفعة نقدية أو بالبطاقة.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="72" />
        <location filename="../../pos_app/ui/sign_in.py" line="109" />
        <source>&amp;Username</source>
        <extracomment>Store name and address, as the settings dialog takes them.</extracomment>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="73" />
        <location filename="../../pos_app/ui/sign_in.py" line="109" />
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="83" />
        <location filename="../../pos_app/ui/sign_in.py" line="111" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="99" />
        <source>Opening the database…</source>
        <extracomment>Enter was pressed before the database was open: sign in as soon as it is.</extracomment>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="104" />
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="106" />
        <source>Counter POS: {title}</source>
        <translation>Counter POS: {title}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="107" />
        <source>{title} at {counter}</source>
        <translation>{title} على {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="113" />
        <source>System ({language})</source>
        <translation>النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="116" />
        <source>Sign &amp;in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="118" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="146" />
        <source>Enter your username and password</source>
        <translation>أدخل اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="151" />
        <source>Opening the database… you are signed in as soon as it is ready</source>
        <translation>جارٍ فتح قاعدة البيانات… ستُسجَّل دخولك فور جاهزيتها</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="115" />
        <source>Checkout</source>
        <extracomment>In English: the key of ``MainWindow.workspaces``; shown as translated (``shown_name``). Shown to the roles that may do this (the permission matrix decides, not this file). Ctrl+&lt;key&gt; jumps here; the same key for every role (a role without it has nothing). Only for staff, even where a customer may do ``op`` on their own records. Every workspace, in menu order, with the operation that shows it. Hiding is a convenience; the services check permissions on every call. For lupdate: the workspaces' names and the roles, shown through ``translate``.</extracomment>
        <translation>البيع</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="115" />
        <source>Customers</source>
        <translation>الزبائن</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="116" />
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="116" />
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="117" />
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="117" />
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118" />
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118" />
        <source>My account</source>
        <translation>حسابي</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119" />
        <source>Pricing</source>
        <translation>التسعير</translation>
    </message>
</context>
</TS>
