<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="108"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="110"/>
        <source>Discount ({0})</source>
        <translation>Remise ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="111"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <source>Included tax</source>
        <translation>Taxe incluse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <location filename="../../pos_app/ui/receipts.py" line="244"/>
        <source>Net</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="127"/>
        <location filename="../../pos_app/ui/receipts.py" line="242"/>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="147"/>
        <location filename="../../pos_app/ui/receipts.py" line="368"/>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="152"/>
        <source>Cash tendered</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="153"/>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="155"/>
        <location filename="../../pos_app/ui/receipts.py" line="227"/>
        <source>Card reference</source>
        <translation>Référence carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="157"/>
        <source>Wallet balance after</source>
        <translation>Solde du porte-monnaie après</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="161"/>
        <source>walk-in</source>
        <translation>de passage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="165"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="166"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="168"/>
        <source>Discounts (cart: {0})</source>
        <translation>Remises (panier : {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="170"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="176"/>
        <source>Tax number {0}</source>
        <translation>N° fiscal {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="188"/>
        <source>Recorded offline: sent to the server when it is back</source>
        <translation>Enregistrée hors ligne : envoyée au serveur à son retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="204"/>
        <source>Sale {0} · {1}</source>
        <translation>Vente {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="182"/>
        <source>Cashier {0} · {1} · Customer {2}</source>
        <translation>Caissier {0} · {1} · Client {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="185"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="186"/>
        <source>Ref. {0}</source>
        <translation>Réf. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="190"/>
        <source>Thank you for shopping with us.</source>
        <translation>Merci de votre visite.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="207"/>
        <source>No. {0} · {1}</source>
        <translation>N° {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="208"/>
        <source>No. {0} · sale {1} · {2}</source>
        <translation>N° {0} · vente {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="223"/>
        <source>&lt;b&gt;REFUND&lt;/b&gt; of sale {0} · {1}</source>
        <translation>&lt;b&gt;REMBOURSEMENT&lt;/b&gt; de la vente {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="224"/>
        <source>By {0}, authorised by {1}</source>
        <translation>Par {0}, autorisé par {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="228"/>
        <source>REFUNDED</source>
        <translation>REMBOURSÉ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="229"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="209"/>
        <location filename="../../pos_app/ui/receipts.py" line="241"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="210"/>
        <location filename="../../pos_app/ui/receipts.py" line="255"/>
        <source>Voided sales</source>
        <translation>Ventes annulées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="211"/>
        <location filename="../../pos_app/ui/receipts.py" line="243"/>
        <location filename="../../pos_app/ui/receipts.py" line="298"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="212"/>
        <location filename="../../pos_app/ui/receipts.py" line="256"/>
        <source>No sale (drawer opened)</source>
        <translation>Sans vente (tiroir ouvert)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="213"/>
        <location filename="../../pos_app/ui/receipts.py" line="245"/>
        <location filename="../../pos_app/ui/receipts.py" line="295"/>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="246"/>
        <source>Store-credit sales</source>
        <translation>Ventes sur avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="214"/>
        <location filename="../../pos_app/ui/receipts.py" line="247"/>
        <location filename="../../pos_app/ui/receipts.py" line="296"/>
        <source>Card sales</source>
        <translation>Ventes par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="216"/>
        <location filename="../../pos_app/ui/receipts.py" line="248"/>
        <source>Cash refunds</source>
        <translation>Remboursements en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="249"/>
        <source>Store-credit refunds</source>
        <translation>Remboursements en avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="217"/>
        <location filename="../../pos_app/ui/receipts.py" line="250"/>
        <source>Card refunds</source>
        <translation>Remboursements par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="251"/>
        <source>Top-ups paid in cash</source>
        <translation>Recharges payées en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="252"/>
        <source>Top-ups paid by card</source>
        <translation>Recharges payées par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="208"/>
        <location filename="../../pos_app/ui/receipts.py" line="257"/>
        <location filename="../../pos_app/ui/receipts.py" line="294"/>
        <source>Opening float</source>
        <translation>Fond de caisse initial</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="258"/>
        <source>Cash expected in drawer</source>
        <translation>Espèces attendues en caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="263"/>
        <location filename="../../pos_app/ui/receipts.py" line="302"/>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="264"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="271"/>
        <location filename="../../pos_app/ui/receipts.py" line="315"/>
        <source>whole store</source>
        <translation>tout le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="272"/>
        <source>{0} to {1}</source>
        <translation>{0} au {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="273"/>
        <source>Z report · {0}</source>
        <translation>Rapport Z · {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="286"/>
        <source>{0} over</source>
        <translation>{0} en trop</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="288"/>
        <source>{0} short</source>
        <translation>{0} en moins</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="289"/>
        <source>even</source>
        <translation>juste</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="215"/>
        <location filename="../../pos_app/ui/receipts.py" line="297"/>
        <source>Store credit sales</source>
        <translation>Ventes sur avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="218"/>
        <source>Store credit refunds</source>
        <translation>Remboursements en avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="219"/>
        <source>Cash top-ups</source>
        <translation>Recharges en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="220"/>
        <source>Card top-ups</source>
        <translation>Recharges par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="221"/>
        <location filename="../../pos_app/ui/receipts.py" line="253"/>
        <location filename="../../pos_app/ui/receipts.py" line="299"/>
        <source>Paid in</source>
        <translation>Entrée d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="222"/>
        <location filename="../../pos_app/ui/receipts.py" line="254"/>
        <location filename="../../pos_app/ui/receipts.py" line="300"/>
        <source>Paid out</source>
        <translation>Sortie d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="230"/>
        <source>Shift {0} at {1}: opened {2} by {3}</source>
        <translation>Service {0} à {1} : ouvert le {2} par {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="234"/>
        <source>, closed {0} by {1}</source>
        <translation>, fermé le {0} par {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="236"/>
        <source>, approved by {0}</source>
        <translation>, approuvé par {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="301"/>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="303"/>
        <source>Over / short</source>
        <translation>Écart (+/−)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="306"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="315"/>
        <source>counter {0}</source>
        <translation>caisse {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="321"/>
        <source>Shift {0} · {1}</source>
        <translation>Service {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="322"/>
        <source>Opened {0} by {1}, closed {2} by {3}</source>
        <translation>Ouvert le {0} par {1}, fermé le {2} par {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="331"/>
        <source>1 shift</source>
        <translation>1 service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="331"/>
        <source>{0} shifts</source>
        <translation>{0} services</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="332"/>
        <source>No shift was closed in this period.</source>
        <translation>Aucun service n&apos;a été fermé sur cette période.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="333"/>
        <source>Z report of shifts · {0}</source>
        <translation>Rapport Z des services · {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="334"/>
        <source>Shifts closed from {0} to {1}</source>
        <translation>Services fermés du {0} au {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="335"/>
        <source>Total, {0} ({1})</source>
        <translation>Total, {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="347"/>
        <source>Tax {0} on {1}</source>
        <translation>Taxe {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="351"/>
        <source>Refunded tax {0} on {1}</source>
        <translation>Taxe remboursée {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="356"/>
        <source>Tax collected</source>
        <translation>Taxe perçue</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="357"/>
        <source>Net sales before tax</source>
        <translation>Ventes nettes hors taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="361"/>
        <source>Discounts by {0} (1 sale)</source>
        <translation>Remises de {0} (1 vente)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="361"/>
        <source>Discounts by {0} ({1} sales)</source>
        <translation>Remises de {0} ({1} ventes)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="365"/>
        <source>Promotion {0} (1 line)</source>
        <translation>Promotion {0} (1 ligne)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="365"/>
        <source>Promotion {0} ({1} lines)</source>
        <translation>Promotion {0} ({1} lignes)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="380"/>
        <source>Day closed at {0} by {1}</source>
        <translation>Journée clôturée à {0} par {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="381"/>
        <source>Day {0} closed at {1} by {2}; sales from now on count for {3}</source>
        <translation>Journée du {0} clôturée à {1} par {2} ; les ventes comptent désormais pour le {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="389"/>
        <source>Business day {0}, open since {1}</source>
        <translation>Journée commerciale du {0}, ouverte depuis {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="392"/>
        <source>(day {0} closed at {1} by {2})</source>
        <translation>(journée du {0} clôturée à {1} par {2})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="43"/>
        <source>{0} for {1}</source>
        <extracomment>Products named in the Covers column; the rest are counted.</extracomment>
        <translation>{0} pour {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="46"/>
        <source>Buy {0} get {1} free</source>
        <translation>{0} achetés, {1} offerts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="47"/>
        <source>Buy {0} get {1} at {2} off</source>
        <translation>{0} achetés, {1} à {2} de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="49"/>
        <source>{0} off</source>
        <translation>{0} de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="76"/>
        <source>New: {0:,}</source>
        <translation>Nouveaux : {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="78"/>
        <source>Updated: {0:,}</source>
        <translation>Mis à jour : {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="78"/>
        <source>To update: {0:,}</source>
        <translation>À mettre à jour : {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="80"/>
        <source>({0:,} new prices)</source>
        <translation>({0:,} nouveaux prix)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="83"/>
        <source>Unchanged: {0:,}</source>
        <translation>Inchangés : {0:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="91"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="93"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="98"/>
        <source>Price {0} → {1}</source>
        <translation>Prix {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="106"/>
        <source>An import does not change the stock of products the store has ({0:,} rows give another figure): count them with Restock.</source>
        <translation>Une importation ne change pas le stock des produits déjà en magasin ({0:,} lignes donnent un autre chiffre) : comptez-les avec Réapprovisionner.</translation>
    </message>
</context>
<context>
    <name>AddRateDialog</name>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="65"/>
        <source>Add a tax rate</source>
        <translation>Ajouter un taux de taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="68"/>
        <source>e.g. VAT 20%</source>
        <translation>p. ex. TVA 20%</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="71"/>
        <source>0 to 100, e.g. 20 or 5.5</source>
        <translation>0 à 100, p. ex. 20 ou 5.5</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="72"/>
        <source>Exempt goods: no tax at all</source>
        <translation>Produits exonérés : aucune taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="73"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="74"/>
        <source>&amp;Percent</source>
        <translation>&amp;Pourcentage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="75"/>
        <source>E&amp;xempt</source>
        <translation>E&amp;xonéré</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="51"/>
        <source>Sign-in</source>
        <extracomment>Text colour of refused and failed rows: they are what an audit is read for. Where the generic &quot;sign_in&quot; -&gt; &quot;Sign in&quot; reads badly.</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="52"/>
        <source>Sign-out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="53"/>
        <source>Sign-in failed</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="54"/>
        <source>Wallet top-up</source>
        <translation>Recharge du porte-monnaie</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="178"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="178"/>
        <source>Load the trail again</source>
        <translation>Recharger le journal</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="181"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="184"/>
        <source>Export the rows the filters match to CSV</source>
        <translation>Exporter en CSV les lignes retenues par les filtres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="233"/>
        <source>exact username</source>
        <translation>identifiant exact</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="234"/>
        <source>Only what this user did; Enter applies (Ctrl+F)</source>
        <translation>Seulement ce que cet utilisateur a fait ; Entrée applique (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="237"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="240"/>
        <source>&amp;Dates from</source>
        <translation>&amp;Dates du</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="241"/>
        <source>Only rows between these two days, both included</source>
        <translation>Seulement les lignes entre ces deux jours, inclus</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="246"/>
        <source>type:id, e.g. sale:… or account:12</source>
        <translation>type:id, p. ex. sale:… ou account:12</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="247"/>
        <source>A record type (sale, account, product, review) or type:id</source>
        <translation>Un type d&apos;enregistrement (sale, account, product, review) ou type:id</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="249"/>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="250"/>
        <source>Apply the filters (Enter in any filter)</source>
        <translation>Appliquer les filtres (Entrée dans n&apos;importe quel filtre)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="251"/>
        <source>C&amp;lear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="252"/>
        <source>Show the whole trail</source>
        <translation>Afficher tout le journal</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="260"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="261"/>
        <source>Actio&amp;n</source>
        <translation>Actio&amp;n</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="262"/>
        <source>Re&amp;cord</source>
        <translation>Enre&amp;gistrement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="269"/>
        <source>t&amp;o</source>
        <translation>&amp;jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="335"/>
        <source>1 entry matches the filters</source>
        <translation>1 ligne correspond aux filtres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="337"/>
        <source>{0:,} entries match the filters</source>
        <translation>{0:,} lignes correspondent aux filtres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="362"/>
        <source>Select a row to read it in full.</source>
        <translation>Choisissez une ligne pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="364"/>
        <source>(unknown user)</source>
        <translation>(utilisateur inconnu)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="366"/>
        <source>{0} at {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="382"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="394"/>
        <source>Exported 1 row to {0}</source>
        <translation>1 ligne exportée vers {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="396"/>
        <source>Exported {0:,} rows to {1}</source>
        <translation>{0:,} lignes exportées vers {1}</translation>
    </message>
</context>
<context>
    <name>BackupAtSignIn</name>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="210"/>
        <source>No backup of this store&apos;s data has been made</source>
        <translation>Aucune sauvegarde des données du magasin n&apos;a été faite</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="212"/>
        <source>The last backup of this store&apos;s data is {0} days old ({1})</source>
        <translation>La dernière sauvegarde des données du magasin date de {0} jours ({1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="221"/>
        <source>; making one now…</source>
        <translation> ; sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="223"/>
        <source>: choose a folder in Settings &gt; Backups</source>
        <translation> : choisissez un dossier dans Réglages &gt; Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="248"/>
        <source>Backed up at {0} to {1}</source>
        <translation>Sauvegardé à {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="255"/>
        <source>The daily backup failed: {0}.</source>
        <translation>La sauvegarde quotidienne a échoué : {0}.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="65"/>
        <source>none; e.g. /media/usb/counter-backups</source>
        <translation>aucun ; p. ex. /media/usb/counter-backups</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="68"/>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="70"/>
        <source>Backup &amp;folder</source>
        <translation>D&amp;ossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="71"/>
        <source>Keep the &amp;last</source>
        <translation>&amp;Garder les dernières</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="95"/>
        <source>This store&apos;s data is on a PostgreSQL server: back it up there with &apos;pos-admin backup FILE&apos; (see the README). Daily copies are for a store on this computer&apos;s own file.</source>
        <translation>Les données de ce magasin sont sur un serveur PostgreSQL : sauvegardez-les là-bas avec « pos-admin backup FICHIER » (voir le README). Les copies quotidiennes concernent un magasin sur le fichier de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="100"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="102"/>
        <source>Once a day, at the first sign-in, this counter copies the store&apos;s file into the folder (a USB disk or another drive is best), named by date and time, and keeps the newest copies. Last backup: {0}.</source>
        <translation>Une fois par jour, à la première connexion, cette caisse copie le fichier du magasin dans le dossier (un disque USB ou un autre disque, de préférence), nommé par date et heure, et garde les copies les plus récentes. Dernière sauvegarde : {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="77"/>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="140"/>
        <source>Type the folder to copy into first</source>
        <translation>Saisissez d&apos;abord le dossier où copier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="149"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="164"/>
        <source>Backed up at {0} to {1}</source>
        <translation>Sauvegardé à {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/backup_settings.py" line="172"/>
        <source>The backup failed: {0}.</source>
        <translation>La sauvegarde a échoué : {0}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../pos_app/ui/charts.py" line="69"/>
        <source>No sales in this period</source>
        <extracomment>The part of a bar shown apart (the tax in a day&apos;s sales), a lighter shade of the bar.</extracomment>
        <translation>Aucune vente sur cette période</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../../pos_app/ui/checkout/saved_cart.py" line="19"/>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/saved_cart.py" line="20"/>
        <source>{0} items</source>
        <translation>{0} articles</translation>
    </message>
</context>
<context>
    <name>CartDiscounts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="222"/>
        <source>Discount: {0}</source>
        <translation>Remise&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="237"/>
        <source>The whole cart ({0} at shelf prices); the sale spreads it over the lines.</source>
        <translation>Tout le panier ({0} aux prix affichés)&#xa0;; la vente la répartit sur les lignes.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="242"/>
        <source>Discount the whole cart</source>
        <translation>Remise sur tout le panier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="273"/>
        <source>The whole cart</source>
        <translation>Tout le panier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="277"/>
        <source>{0}: discount removed</source>
        <translation>{0}&#xa0;: remise retirée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="280"/>
        <source>{0}: discount {1}</source>
        <translation>{0}&#xa0;: remise {1}</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="29"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="30"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="31"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="32"/>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="33"/>
        <source>Promotion / discount</source>
        <translation>Promotion / remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="115"/>
        <source>Only {0} in stock</source>
        <extracomment>The column that says what the line&apos;s promotion and discounts take off. The line&apos;s own discount, as the cashier gave it. A discount on the whole cart, spread over its lines by the sale. The last quote&apos;s lines, by product id and unit price (what a line&apos;s promotion and discount take).</extracomment>
        <translation>Seulement {0} en stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="125"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="130"/>
        <source> + cart share</source>
        <translation> + part du panier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="131"/>
        <source>Discount {0}</source>
        <translation>Remise {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/cart_model.py" line="134"/>
        <source>Cart discount</source>
        <translation>Remise panier</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="53"/>
        <source>Scan a barcode, or type a product name and press Enter (3* first for three)</source>
        <translation>Scannez un code-barres, ou tapez le nom d&apos;un produit puis Entrée (3* avant pour trois)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="88"/>
        <source>Quantity… ({0})</source>
        <translation>Quantité… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="91"/>
        <source>Remove line ({0})</source>
        <translation>Retirer la ligne ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="94"/>
        <source>Clear cart ({0})</source>
        <translation>Vider le panier ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="96"/>
        <source>Discount… ({0}, cart {1})</source>
        <translation>Remise… ({0}, panier {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/cart_panel.py" line="136"/>
        <source>{0} in stock</source>
        <translation>{0} en stock</translation>
    </message>
</context>
<context>
    <name>CartParking</name>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="73"/>
        <source>No parked carts at this counter</source>
        <extracomment>How soon a park or resume whose answer was lost is sent again. A park or resume sent and not yet answered: (&quot;park&quot;|&quot;swap&quot;, key, take id, note). The cart being parked had discounts: a parked cart does not keep them.</extracomment>
        <translation>Aucun panier en attente à cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="102"/>
        <source>Parking the cart…</source>
        <translation>Mise en attente du panier…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="120"/>
        <source>Resuming the parked cart…</source>
        <translation>Reprise du panier en attente…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="130"/>
        <source>Cart parked ({0}). {1} brings it back.</source>
        <translation>Panier mis en attente ({0}). {1} le rappelle.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="152"/>
        <source>Parked cart resumed ({0}).</source>
        <translation>Panier en attente repris ({0}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="154"/>
        <source>The cart that was on screen is parked ({0}).</source>
        <translation>Le panier qui était à l&apos;écran est mis en attente ({0}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="157"/>
        <source>{0} product(s) no longer sold were left out.</source>
        <translation>{0} produit(s) qui ne sont plus vendus ont été laissés de côté.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="169"/>
        <source>Its discounts are not kept: give them again after resuming.</source>
        <translation>Ses remises ne sont pas conservées&#xa0;: accordez-les de nouveau après la reprise.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/parking.py" line="176"/>
        <source>The connection dropped; the cart is kept on this computer and sent again.</source>
        <translation>La connexion a été coupée&#xa0;; le panier est gardé sur cet ordinateur et renvoyé.</translation>
    </message>
</context>
<context>
    <name>CartQuoter</name>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="103"/>
        <source>Pricing the cart: the payment opens as soon as it is priced</source>
        <extracomment>A quote writes nothing, but its request is checked like a sale&apos;s: it needs a UUID. The total beside Pay while an earlier cart&apos;s figure is shown. the cart the quote or the error is about Raised by ``reprice``: an answer asked before it is about the old pricing. What to do with the quote of the cart on screen once it is in (F12 waiting). The cart and its total shown before ``reprice``: said if the new pricing changes that cart&apos;s total (not a total changed by a scan since).</extracomment>
        <translation>Calcul du prix du panier&#xa0;: le paiement s&apos;ouvre dès qu&apos;il est calculé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="151"/>
        <source>The store&apos;s prices changed: the total is now {0} (was {1})</source>
        <translation>Les prix du magasin ont changé&#xa0;: le total est maintenant de {0} (au lieu de {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quoting.py" line="160"/>
        <source>Cannot pay yet: the cart cannot be priced. {0}</source>
        <translation>Paiement impossible pour l&apos;instant&#xa0;: le prix du panier ne peut être calculé. {0}</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="154"/>
        <source>e.g. {0}</source>
        <translation>p. ex. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="156"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="157"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="158"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>CashSettingsFields</name>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="40"/>
        <source>e.g. 0.05, 0.10, 0.25, 1, 5, 10, 20, 50</source>
        <extracomment>As many notes and coins as ``services.shifts.update_settings`` takes.</extracomment>
        <translation>p. ex. 0.05, 0.10, 0.25, 1, 5, 10, 20, 50</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="43"/>
        <source>The notes and coins a drawer is counted in when a shift opens and closes</source>
        <translation>Les billets et pièces dans lesquels un tiroir est compté à l&apos;ouverture et à la fermeture d&apos;un service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="51"/>
        <source>A shift whose cash is over or short by more than this needs a manager to close</source>
        <translation>Un service dont les espèces ont un écart supérieur à ceci demande un responsable pour fermer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="58"/>
        <source>Count the drawer b&amp;y</source>
        <translation>&amp;Valeurs comptées du tiroir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/cash_settings.py" line="61"/>
        <source>Over/short &amp;limit</source>
        <translation>&amp;Limite d&apos;écart</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="83"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="92"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="92"/>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="95"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="95"/>
        <source>Rename the category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="98"/>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="149"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="101"/>
        <source>Retire the category (its products keep it)</source>
        <translation>Retirer la catégorie (ses produits la gardent)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="149"/>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="185"/>
        <source>Added {0}</source>
        <translation>{0} ajouté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="187"/>
        <source>Renamed {0} to {1}</source>
        <translation>{0} renommé en {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="189"/>
        <source>Reactivated {0}</source>
        <translation>{0} réactivé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="191"/>
        <source>Retired {0}</source>
        <translation>{0} retiré</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="40"/>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="42"/>
        <source>Rename {0}</source>
        <translation>Renommer {0}</translation>
    </message>
</context>
<context>
    <name>CategoryNameDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="48"/>
        <source>1-{0} characters</source>
        <translation>1 à {0} caractères</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="49"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
</context>
<context>
    <name>CategoryRateDialog</name>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="101"/>
        <source>Tax rate of a category</source>
        <translation>Taux de taxe d&apos;une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="109"/>
        <source>Store default ({0})</source>
        <translation>Défaut du magasin ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="111"/>
        <source>Store default (none)</source>
        <translation>Défaut du magasin (aucun)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="118"/>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="119"/>
        <source>&amp;Rate</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="129"/>
        <source>There is no category yet: add one in Inventory</source>
        <translation>Il n&apos;y a pas encore de catégorie : ajoutez-en une dans Inventaire</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="77"/>
        <source>Change the role of {0}</source>
        <translation>Changer le rôle de {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="86"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="88"/>
        <source>New &amp;role</source>
        <translation>Nouveau &amp;rôle</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="95"/>
        <source>{0} is already {1}</source>
        <translation>{0} est déjà {1}</translation>
    </message>
</context>
<context>
    <name>CheckoutSide</name>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="35"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="39"/>
        <source>Name, username, phone or e-mail, then Enter ({0})</source>
        <translation>Nom, identifiant, téléphone ou e-mail, puis Entrée ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="43"/>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="90"/>
        <source>Walk-in customer</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="45"/>
        <source>&amp;Walk-in</source>
        <translation>Client de pa&amp;ssage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="55"/>
        <source>Total</source>
        <extracomment>Shown once today is closed: what is sold now counts for the next business day.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="61"/>
        <source>&amp;Pay ({0})</source>
        <translation>&amp;Payer ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="71"/>
        <source>Park ({0})</source>
        <translation>Mettre en attente ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="72"/>
        <source>Resume ({0})</source>
        <translation>Reprendre ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="73"/>
        <source>Return… ({0})</source>
        <translation>Retour… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="74"/>
        <source>Receipt ({0})</source>
        <translation>Ticket ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="82"/>
        <source>End of day… ({0})</source>
        <translation>Fin de journée… ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="92"/>
        <source>Store credit: {0}</source>
        <translation>Avoir&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="104"/>
        <source>Day {0} closed</source>
        <translation>Journée du {0} clôturée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/side_panel.py" line="105"/>
        <source>at {0} by {1}: sales now count for {2}.</source>
        <translation>à {0} par {1}&#xa0;: les ventes comptent désormais pour le {2}.</translation>
    </message>
</context>
<context>
    <name>CheckoutWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="71"/>
        <source>store credit</source>
        <extracomment>Where a refund&apos;s money went, as the banner says it.</extracomment>
        <translation>l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="72"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="73"/>
        <source>the card</source>
        <translation>la carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="210"/>
        <source>Wait: the sale is being completed</source>
        <extracomment>Tax rates, pricing settings and promotions: the cart on screen is priced again. F12, and the sale in flight (``paying.checking`` while its outcome is unknown). F8 and F9, and the park or resume in flight (``parking.op``). Enter in the scan field, and the ``3*`` multiplier. The cart in the counter&apos;s own file, and the one left there brought back at start. Enter in the customer field: who was typed, picked from a list if several. What the cart will be charged (``sales.quote``), asked after every change. F7 and Shift+F7. The receipt printer: receipts not printed (Ctrl+Shift+P), refund slips. The customer&apos;s own display and pole display, when this counter has them. Shifts and cash: open, paid in/out, No sale, blind close, X report, void.</extracomment>
        <translation>Patientez&#xa0;: la vente est en cours de finalisation</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="214"/>
        <source>Wait: the cart is being parked, resumed or brought back</source>
        <translation>Patientez&#xa0;: le panier est en cours de mise en attente, de reprise ou de récupération</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="230"/>
        <source>A line holds at most {0} units</source>
        <translation>Une ligne contient au plus {0} unités</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="237"/>
        <source>Only {0} of {1} in stock</source>
        <translation>Seulement {0} de {1} en stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="271"/>
        <source>{0} removed</source>
        <translation>{0} retiré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="280"/>
        <source>Clear the cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="281"/>
        <source>Remove all {0} from the cart?</source>
        <translation>Retirer les {0} du panier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="283"/>
        <source>Remove the one item from the cart?</source>
        <translation>Retirer l&apos;unique article du panier ?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="295"/>
        <source>Cart cleared</source>
        <translation>Panier vidé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="369"/>
        <source>No sale yet at this counter</source>
        <translation>Aucune vente encore à cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="376"/>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="393"/>
        <source>Refund completed: {0} to {1}</source>
        <translation>Remboursement effectué&#xa0;: {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="426"/>
        <source>1 cart parked at this counter: {0} to resume.</source>
        <translation>1 panier en attente à cette caisse&#xa0;: {0} pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/checkout.py" line="428"/>
        <source>{count} carts parked at this counter: {0} to resume.</source>
        <translation>{count} paniers en attente à cette caisse&#xa0;: {0} pour reprendre.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="22"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="23"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="48"/>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="24"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="66"/>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="110"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="26"/>
        <source>Net of tax</source>
        <translation>Hors taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="27"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="76"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="93"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="28"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="78"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="29"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="65"/>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="72"/>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="32"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="84"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="58"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="33"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="34"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="58"/>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="79"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="42"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="60"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="62"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="59"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="60"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="63"/>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="109"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="61"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="64"/>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="40"/>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="83"/>
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="44"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="65"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="67"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="71"/>
        <source>Net</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="75"/>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="85"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="67"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="86"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="68"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="87"/>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="89"/>
        <source>Off</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="94"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="269"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="97"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="270"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="271"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="298"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="299"/>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="28"/>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="98"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="99"/>
        <source>Tendered</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="26"/>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="41"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="29"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="100"/>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="28"/>
        <source>Stock after</source>
        <translation>Stock après</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="27"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="30"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="29"/>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="30"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="31"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="31"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="32"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="50"/>
        <source>Wallet</source>
        <translation>Porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="55"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="58"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="66"/>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="27"/>
        <source>Quantity</source>
        <extracomment>Selecting rows with the arrow keys should not start a history query per key press. The figures first: the panel is narrow, and a right-aligned number cut by its edge read &quot;3&quot; for 36 (the French trial, behind a long date).</extracomment>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="74"/>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="105"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="75"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="61"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="76"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="63"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="101"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="41"/>
        <source>Opened by</source>
        <translation>Ouvert par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="42"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="43"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="44"/>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="45"/>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="46"/>
        <source>Card sales</source>
        <translation>Ventes par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="48"/>
        <source>Store credit sales</source>
        <translation>Ventes sur avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="50"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="51"/>
        <source>Paid in</source>
        <translation>Entrée d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="52"/>
        <source>Paid out</source>
        <translation>Sortie d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="53"/>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="54"/>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="273"/>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="56"/>
        <source>Over / short</source>
        <translation>Écart (+/−)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="60"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="62"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="236"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="55"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="63"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/category_dialogs.py" line="64"/>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="141"/>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="49"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="58"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="32"/>
        <source>Username</source>
        <extracomment>The balance follows the name, so that it is in view on a 1366 px screen whatever the e-mails&apos; width (in Arabic a balance at the far end was cut to &quot;5.50 $&quot; for 25.50). A phone number and an e-mail keep their order inside right-to-left text.</extracomment>
        <translation>Identifiant</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="138"/>
        <source>Takes off</source>
        <translation>Déduit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="139"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="140"/>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="61"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="62"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="63"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="60"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="65"/>
        <source>Marital status</source>
        <translation>Situation familiale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="66"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="36"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="239"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="56"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="245"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="58"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="250"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="59"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="64"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="251"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="60"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="35"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/history_tables.py" line="73"/>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="253"/>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="60"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="57"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="61"/>
        <source>Variable price</source>
        <translation>Prix variable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="64"/>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="68"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="69"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="135"/>
        <source>Import</source>
        <extracomment>What the import does with each row, by file line (the dry run&apos;s plan).</extracomment>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="42"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="45"/>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="53"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="80"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="81"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="82"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="84"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/audit.py" line="85"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="62"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="65"/>
        <source>Moderated by</source>
        <translation>Modéré par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="66"/>
        <source>Moderated at</source>
        <translation>Modéré le</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="34"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="106"/>
        <source>Sale number</source>
        <translation>N° de vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="107"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="108"/>
        <source>Reached the server</source>
        <translation>Arrivée au serveur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="111"/>
        <source>Resolved by</source>
        <translation>Résolu par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="112"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="46"/>
        <source>Resolved</source>
        <extracomment>The widest the &quot;What happened&quot; column starts (px): the other columns stay in sight.</extracomment>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="47"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="55"/>
        <source>Sale {0} was refused by the server when it was sent ({1}): nothing of it is on the server, though the customer paid for it.</source>
        <translation>La vente {0} a été refusée par le serveur à son envoi ({1}) : rien n&apos;en figure sur le serveur, bien que le client l&apos;ait payée.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="62"/>
        <source>the server keeps sale #{0} as it first arrived</source>
        <translation>le serveur garde la vente n° {0} telle qu&apos;elle est arrivée en premier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="66"/>
        <source>the server keeps the sale as it first arrived</source>
        <translation>le serveur garde la vente telle qu&apos;elle est arrivée en premier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="68"/>
        <source>Sale {0} was sent again with other content: {1}. Check the two.</source>
        <translation>La vente {0} a été renvoyée avec un autre contenu : {1}. Vérifiez les deux.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="74"/>
        <source>{0} (now {1})</source>
        <translation>{0} (maintenant {1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="78"/>
        <source>Sold offline with too little stock left: {0} went below zero.</source>
        <translation>Vendu hors ligne avec trop peu de stock : {0} est passé sous zéro.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="80"/>
        <source>a product</source>
        <translation>un produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="84"/>
        <source>{0} was charged {1}; its shelf price is now {2}. The sale keeps {1}.</source>
        <translation>{0} a été facturé {1} ; son prix en rayon est maintenant {2}. La vente garde {1}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="90"/>
        <source>A price changed while the counter was offline; the sale keeps what the counter charged.</source>
        <translation>Un prix a changé pendant que la caisse était hors ligne ; la vente garde ce que la caisse a facturé.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="119"/>
        <source>Nothing to look at: no offline sale arrived flagged</source>
        <translation>Rien à examiner : aucune vente hors ligne n&apos;est arrivée signalée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="121"/>
        <source>1 open, {0} in all</source>
        <translation>1 ouvert, {0} en tout</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="122"/>
        <source>{0} open, {1} in all</source>
        <translation>{0} ouverts, {1} en tout</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="136"/>
        <source>Resolve {0}</source>
        <translation>Résoudre {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="145"/>
        <source>What was done: counted the shelf, refunded the difference…</source>
        <translation>Ce qui a été fait : rayon recompté, différence remboursée…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="147"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="148"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="153"/>
        <source>Write what was done first</source>
        <translation>Écrivez d&apos;abord ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="249"/>
        <source>Sold at {0} at this counter; only this counter has it.</source>
        <translation>Vendu à {0} à cette caisse ; seule cette caisse l&apos;a.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="255"/>
        <source>Sold at {0} by {1}; reached the server at {2}.</source>
        <translation>Vendu à {0} par {1} ; arrivé au serveur à {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="261"/>
        <source>Resolved by {0} at {1}: {2}</source>
        <translation>Résolu par {0} à {1} : {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="286"/>
        <source>{0} resolved: {1}</source>
        <translation>{0} résolu : {1}</translation>
    </message>
</context>
<context>
    <name>ConflictsWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="166"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="169"/>
        <source>Write what was done about the selected row</source>
        <translation>Écrire ce qui a été fait pour la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="173"/>
        <source>Refres&amp;h</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/conflicts.py" line="173"/>
        <source>Load the list again</source>
        <translation>Recharger la liste</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="185"/>
        <source>&amp;Retry</source>
        <extracomment>The classes of the input events below: every event the application handles passes through this filter (paints, timers, ...), and a class test first spares them reading their type, a Python enum made per call (a tenth of the UI&apos;s own CPU).</extracomment>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="90"/>
        <source>Optional: the card terminal&apos;s total</source>
        <translation>Facultatif : le total du terminal de carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="91"/>
        <source>Card &amp;terminal total</source>
        <translation>Total du &amp;terminal carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="104"/>
        <source>Counted: {0}</source>
        <translation>Compté : {0}</translation>
    </message>
</context>
<context>
    <name>CounterReceipts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="70"/>
        <source>1 receipt not printed: {0} prints it</source>
        <extracomment>Sales whose receipt the cashier asked for again: said once printed. The last sale recorded offline here (Ctrl+Shift+P prints it again when it is newer than the last sale the server recorded).</extracomment>
        <translation>1 ticket non imprimé&#xa0;: {0} l&apos;imprime</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="72"/>
        <source>{count} receipts not printed: {0} prints them</source>
        <translation>{count} tickets non imprimés&#xa0;: {0} les imprime</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="87"/>
        <source>Printing 1 receipt…</source>
        <translation>Impression d&apos;1 ticket…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="87"/>
        <source>Printing {0} receipts…</source>
        <translation>Impression de {0} tickets…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="96"/>
        <source>sale {0}</source>
        <translation>la vente {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="100"/>
        <source>The receipt of {0} is printing now</source>
        <translation>Le ticket de {0} est en cours d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="105"/>
        <source>Printing the receipt of {0} again (a copy)…</source>
        <translation>Réimpression du ticket de {0} (une copie)…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="109"/>
        <source>No sale yet at this counter</source>
        <translation>Aucune vente encore à cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="113"/>
        <source>Printing the receipt of sale {0} again (a copy)…</source>
        <translation>Réimpression du ticket de la vente {0} (une copie)…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="134"/>
        <source>Printed the receipt of {0} again</source>
        <translation>Ticket de {0} réimprimé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="142"/>
        <source>Printed the receipt of sale {0} again</source>
        <translation>Ticket de la vente {0} réimprimé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="146"/>
        <source>Printed 1 receipt</source>
        <translation>1 ticket imprimé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="146"/>
        <source>Printed {0} receipts</source>
        <translation>{0} tickets imprimés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="154"/>
        <source>the rest did NOT print: {0}</source>
        <translation>les autres NE se sont PAS imprimés&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="157"/>
        <source>The receipts did NOT print: {0}</source>
        <translation>Les tickets NE se sont PAS imprimés&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/counter_receipts.py" line="166"/>
        <source>The refund slip did NOT print: {0}</source>
        <translation>Le bon de remboursement NE s&apos;est PAS imprimé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../pos_app/ui/csv_export.py" line="70"/>
        <source>Could not write {0}: {1}</source>
        <extracomment>Rows asked for at a time when paging a whole export out of a service.</extracomment>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="34"/>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="67"/>
        <source>No customer selected</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="39"/>
        <source>Wallet balance</source>
        <translation>Solde du porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="51"/>
        <source>Wa&amp;llet</source>
        <translation>&amp;Porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="52"/>
        <source>&amp;Purchases</source>
        <translation>&amp;Achats</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="53"/>
        <source>Revie&amp;ws</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="79"/>
        <source>age {0}</source>
        <translation>{0} ans</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="84"/>
        <source>deactivated: wallet frozen</source>
        <translation>désactivé : porte-monnaie gelé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_detail.py" line="86"/>
        <source>Balance {0}</source>
        <translation>Solde {0}</translation>
    </message>
</context>
<context>
    <name>CustomerDialogs</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="32"/>
        <source>Not given</source>
        <extracomment>Wide enough that a field&apos;s validation message fits on a line or two.</extracomment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="88"/>
        <source>optional; digits, spaces, + - ( )</source>
        <translation>facultatif ; chiffres, espaces, + - ( )</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="91"/>
        <source>optional; name@example.com</source>
        <translation>facultatif ; nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="92"/>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="93"/>
        <source>E-mai&amp;l</source>
        <translation>E-mai&amp;l</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="48"/>
        <source>TOTAL</source>
        <extracomment>Rows said in the largest type. For lupdate: the rows&apos; names (given in English, the pole display&apos;s words), shown translated on the window.</extracomment>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="49"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="50"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="51"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="52"/>
        <source>In cash</source>
        <translation>En espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="53"/>
        <source>Tendered</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="54"/>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="113"/>
        <source>{0} — customer display</source>
        <translation>{0} — afficheur client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="131"/>
        <source>Welcome</source>
        <extracomment>The window the activation goes back to (the cashier&apos;s).</extracomment>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display.py" line="155"/>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayLink</name>
    <message>
        <location filename="../../pos_app/ui/checkout/customer_display_link.py" line="293"/>
        <source>Customer pole display: {0}</source>
        <extracomment>How long the thank-you stays when no next customer is scanned.</extracomment>
        <translation>Afficheur client sur pied : {0}</translation>
    </message>
</context>
<context>
    <name>CustomerDisplaySettings</name>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="23"/>
        <source>S&amp;how a customer display</source>
        <translation>&amp;Afficher un écran client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="26"/>
        <source>none; or /dev/ttyUSB0, COM3:9600, a file</source>
        <translation>aucun ; ou /dev/ttyUSB0, COM3:9600, un fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="29"/>
        <source>&amp;Pole display (2 x 20)</source>
        <translation>Afficheur sur &amp;pied (2 x 20)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customer_display_settings.py" line="33"/>
        <source>The display opens full screen on a second screen when there is one, else as a window of its own. The pole display is optional: a serial port (9600 baud unless given, e.g. COM3:19200) or a device or file path. Both apply as soon as Settings closes.</source>
        <translation>L&apos;écran s&apos;ouvre en plein écran sur un second écran s&apos;il y en a un, sinon dans sa propre fenêtre. L&apos;afficheur sur pied est facultatif : un port série (9600 bauds sauf indication, p. ex. COM3:19200) ou un chemin de périphérique ou de fichier. Les deux s&apos;appliquent dès la fermeture des Réglages.</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <location filename="../../pos_app/ui/checkout/customer_lookup.py" line="57"/>
        <source>No customer matches that</source>
        <translation>Aucun client ne correspond</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="160"/>
        <source>Choose the customer</source>
        <translation>Choisir le client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="161"/>
        <source>{0} customers match. Arrows, then Enter.</source>
        <translation>{0} clients correspondent. Flèches, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="166"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
</context>
<context>
    <name>CustomersWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="84"/>
        <source>Name, username, phone or e-mail (Ctrl+F)</source>
        <extracomment>Columns only those who may edit customers see (a cashier&apos;s records have them blank). The customer to select once the list has loaded (kept across reloads).</extracomment>
        <translation>Nom, identifiant, téléphone ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="86"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="89"/>
        <source>&amp;Include deactivated</source>
        <translation>Inclure &amp;les désactivés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="93"/>
        <source>&amp;Register…</source>
        <translation>I&amp;nscrire…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="93"/>
        <source>Register a customer</source>
        <translation>Inscrire un client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="96"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="96"/>
        <source>Edit the customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="99"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="99"/>
        <source>Delete the customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="102"/>
        <source>&amp;Top up…</source>
        <translation>&amp;Recharger…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="102"/>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="293"/>
        <source>Top up the customer&apos;s wallet</source>
        <translation>Recharger le porte-monnaie du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="105"/>
        <source>Ded&amp;uct…</source>
        <translation>Dé&amp;biter…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="108"/>
        <source>Take money out of the customer&apos;s wallet, with the reason</source>
        <translation>Retirer de l&apos;argent du porte-monnaie du client, avec le motif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="111"/>
        <source>Re&amp;activate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="114"/>
        <source>Reactivate the deactivated customer: their wallet moves again</source>
        <translation>Réactiver le client désactivé : son porte-monnaie bouge à nouveau</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="118"/>
        <source>Wallet PI&amp;N…</source>
        <translation>Co&amp;de PIN du porte-monnaie…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="118"/>
        <source>Set the customer&apos;s wallet PIN</source>
        <translation>Définir le code PIN du porte-monnaie du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="121"/>
        <source>Wallet &amp;card…</source>
        <translation>Carte p&amp;orte-monnaie…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="121"/>
        <source>Issue the customer&apos;s card</source>
        <translation>Émettre la carte du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="132"/>
        <source>Only a manager or an admin can edit customers</source>
        <extracomment>A cashier deletes only with a manager&apos;s credentials typed on the spot.</extracomment>
        <translation>Seul un responsable ou un administrateur peut modifier les clients</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="135"/>
        <source>Delete the customer (a manager authorises) (Del)</source>
        <translation>Supprimer le client (un responsable autorise) (Suppr)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="243"/>
        <source>{0} of {1:,}+ customers</source>
        <translation>{0} clients sur plus de {1:,}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="245"/>
        <source>{0} of {1} customers</source>
        <translation>{0} clients sur {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="247"/>
        <source>{0} customers</source>
        <translation>{0} clients</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="291"/>
        <source>A deactivated customer&apos;s wallet is frozen: a manager reactivates them first</source>
        <translation>Le porte-monnaie d&apos;un client désactivé est gelé : un responsable le réactive d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="313"/>
        <source>Customer {0} was registered</source>
        <translation>Client {0} inscrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="334"/>
        <source>Customer {0} was updated</source>
        <translation>Client {0} modifié</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="352"/>
        <source>Took {0} from {1}&apos;s wallet; balance {2}</source>
        <translation>{0} retiré du porte-monnaie de {1} ; solde {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="361"/>
        <source>The wallet PIN of {0} was set</source>
        <translation>Le code PIN du porte-monnaie de {0} est défini</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="375"/>
        <source>A new card was issued to {0}</source>
        <translation>Une nouvelle carte a été émise pour {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="378"/>
        <source>Customer card</source>
        <translation>Carte client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="379"/>
        <source>Print this code as the barcode of {0}&apos;s card:

{1}</source>
        <translation>Imprimez ce code comme code-barres de la carte de {0} :

{1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="396"/>
        <source>Customer {0} was reactivated</source>
        <translation>Client {0} réactivé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="402"/>
        <source>Added {0} to {1}&apos;s wallet; balance {2}</source>
        <translation>{0} ajouté au porte-monnaie de {1} ; solde {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="436"/>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="450"/>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="438"/>
        <source>Delete {0} ({1})? A manager authorises this. A customer with purchases or wallet history is deactivated instead.</source>
        <translation>Supprimer {0} ({1}) ? Un responsable l&apos;autorise. Un client qui a des achats ou un historique de porte-monnaie est désactivé à la place.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="452"/>
        <source>Delete {0} ({1})?

A customer with purchases or wallet history is deactivated instead, so that history stays whole.</source>
        <translation>Supprimer {0} ({1}) ?

Un client qui a des achats ou un historique de porte-monnaie est désactivé à la place, pour que cet historique reste entier.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/customers.py" line="455"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>DeductDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="85"/>
        <source>Deduct from {0}</source>
        <translation>Débiter {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="87"/>
        <source>e.g. a top-up made twice</source>
        <translation>p. ex. une recharge faite deux fois</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="88"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="89"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="95"/>
        <source>Say why the money is taken out</source>
        <translation>Dites pourquoi l&apos;argent est retiré</translation>
    </message>
</context>
<context>
    <name>DiscountApproval</name>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="69"/>
        <source>&amp;Authorise</source>
        <extracomment>How soon a sale whose outcome is unknown is asked for again.</extracomment>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="70"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="71"/>
        <source>Manager pass&amp;word</source>
        <translation>Mot de passe du respo&amp;nsable</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="139"/>
        <source>e.g. 10</source>
        <extracomment>The server is known away: the cart is priced offline at once.</extracomment>
        <translation>p. ex. 10</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="142"/>
        <source>or an amount, e.g. 2.50</source>
        <translation>ou un montant, p. ex. 2.50</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="144"/>
        <source>required: why it is given</source>
        <translation>obligatoire&#xa0;: pourquoi elle est accordée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="145"/>
        <source>&amp;Percent off</source>
        <translation>&amp;Pourcentage de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="146"/>
        <source>Amount o&amp;ff</source>
        <translation>&amp;Montant de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="147"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="155"/>
        <source>Re&amp;move discount</source>
        <translation>Re&amp;tirer la remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="160"/>
        <source>Appl&amp;y discount</source>
        <translation>&amp;Appliquer la remise</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="43"/>
        <source>it is over the cashiers&apos; limit: a manager authorises it when paying</source>
        <extracomment>What a cashier reads when a discount is over their limit.</extracomment>
        <translation>elle dépasse la limite des caissiers&#xa0;: un responsable l&apos;autorise au paiement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="54"/>
        <source>cart {0}: {1}</source>
        <translation>panier {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="65"/>
        <source>Authorise discounts of {0}</source>
        <translation>Autoriser des remises de {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="77"/>
        <source>Type the percent off as a number, e.g. 10</source>
        <translation>Tapez le pourcentage comme un nombre, p. ex. 10</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="81"/>
        <source>A percent off is more than 0 and at most 100</source>
        <translation>Un pourcentage de remise est supérieur à 0 et au plus 100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="90"/>
        <source>Type a percent off or an amount off</source>
        <translation>Tapez un pourcentage ou un montant de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="94"/>
        <source>A discount is a percent or an amount, not both</source>
        <translation>Une remise est un pourcentage ou un montant, pas les deux</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="98"/>
        <source>Say why: a discount needs a reason</source>
        <translation>Dites pourquoi&#xa0;: une remise demande un motif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="102"/>
        <source>The amount off</source>
        <translation>Le montant de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/discounts.py" line="104"/>
        <source>The amount off is more than 0.00</source>
        <translation>Le montant de remise est supérieur à 0.00</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="39"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="40"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="56"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/document_dialog.py" line="56"/>
        <source>PDF (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="108"/>
        <source>Finishing the parking of the cart left on screen at this counter…</source>
        <extracomment>How soon a cart left over is asked for again when the database did not answer. Saving is held while the screen is rebuilt from a saved or resumed cart.</extracomment>
        <translation>Fin de la mise en attente du panier laissé à l&apos;écran de cette caisse…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="110"/>
        <source>Bringing back the cart left on screen at this counter…</source>
        <translation>Récupération du panier resté à l&apos;écran à cette caisse…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="120"/>
        <source>The cart left on screen is kept on this computer and comes back as soon as the database answers. {0}</source>
        <translation>Le panier resté à l&apos;écran est gardé sur cet ordinateur et revient dès que la base de données répond. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="153"/>
        <source>Cart brought back from before the app stopped: {0}</source>
        <translation>Panier récupéré d&apos;avant l&apos;arrêt de l&apos;application&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="157"/>
        <source> for {0}</source>
        <translation> pour {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="159"/>
        <source>, rung up by {0}</source>
        <translation>, saisi par {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="162"/>
        <source>product {0}</source>
        <translation>produit {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/draft_keeper.py" line="164"/>
        <source>No longer sold, left out: {0}.</source>
        <translation>Plus vendus, laissés de côté&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="160"/>
        <source>Edit customer {0}</source>
        <translation>Modifier le client {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="167"/>
        <source>optional; years</source>
        <translation>facultatif ; en années</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="176"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="178"/>
        <source>A&amp;ge</source>
        <translation>&amp;Âge</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="179"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="180"/>
        <source>G&amp;ender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="181"/>
        <source>&amp;Marital status</source>
        <translation>Situation &amp;familiale</translation>
    </message>
</context>
<context>
    <name>EditReviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="146"/>
        <source>Saving changes: {0}</source>
        <translation>Enregistrer les modifications : {0}</translation>
    </message>
</context>
<context>
    <name>EndOfDayDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="61"/>
        <source>End of day</source>
        <extracomment>Previews sent so far: only the answer to the last one is shown.</extracomment>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="76"/>
        <source>This counter ({0})</source>
        <extracomment>Sales made offline at this counter that have not reached the server.</extracomment>
        <translation>Cette caisse ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="79"/>
        <source>Whole store</source>
        <translation>Tout le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="82"/>
        <source>Today: the open business day; another date: that calendar day</source>
        <translation>Aujourd&apos;hui : la journée commerciale ouverte ; une autre date : ce jour calendaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="84"/>
        <source>&amp;Counted cash</source>
        <translation>Espèces &amp;comptées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="85"/>
        <source>&amp;Opening float</source>
        <translation>F&amp;ond de caisse initial</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="86"/>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="87"/>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="93"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="94"/>
        <source>C&amp;lose the day…</source>
        <translation>C&amp;lôturer la journée…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="95"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="96"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="115"/>
        <source>1 sale made offline at this counter has not reached the server: it counts for the day it arrives in, and closing now is recorded with it waiting.</source>
        <translation>1 vente faite hors ligne à cette caisse n&apos;a pas atteint le serveur : elle compte pour le jour de son arrivée, et la clôture faite maintenant est enregistrée avec elle en attente.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="120"/>
        <source>{0} sales made offline at this counter have not reached the server: they count for the day they arrive in, and closing now is recorded with them waiting.</source>
        <translation>{0} ventes faites hors ligne à cette caisse n&apos;ont pas atteint le serveur : elles comptent pour le jour de leur arrivée, et la clôture faite maintenant est enregistrée avec elles en attente.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="140"/>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="181"/>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="183"/>
        <source>Opening float</source>
        <translation>Fond de caisse initial</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="190"/>
        <source>counter {0}</source>
        <translation>la caisse {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="190"/>
        <source>the whole store</source>
        <translation>tout le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="191"/>
        <source>Close the business day for {0}? There is one closing a day.</source>
        <translation>Clôturer la journée commerciale pour {0} ? Il y a une clôture par jour.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="198"/>
        <source>Close the business day {0} for {1}?

Counted cash: {2}
Expected so far: {3}
Difference: {4}

There is one closing a day; it cannot be undone, and what is sold after it counts for the next day.</source>
        <translation>Clôturer la journée commerciale du {0} pour {1} ?

Espèces comptées : {2}
Attendues jusqu&apos;ici : {3}
Écart : {4}

Il y a une clôture par jour ; elle est définitive, et ce qui est vendu ensuite compte pour le jour suivant.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="213"/>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="215"/>
        <source>&amp;Close the day</source>
        <translation>&amp;Clôturer la journée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="249"/>
        <source>Today is closed already: the next closing is tomorrow.</source>
        <translation>La journée est déjà clôturée : la prochaine clôture est demain.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="256"/>
        <source>Calendar day {0} (a preview; closing is for today)</source>
        <translation>Jour calendaire {0} (un aperçu ; la clôture, c&apos;est pour aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="272"/>
        <source>The float the day&apos;s first shift counted</source>
        <translation>Le fond de caisse compté par le premier poste de la journée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="285"/>
        <source>Closing the day needs the server, and it cannot be reached: close once it is back.</source>
        <translation>La clôture de la journée demande le serveur, qui est injoignable : clôturez à son retour.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="305"/>
        <source>Save Z report</source>
        <translation>Enregistrer le rapport Z</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="305"/>
        <source>PDF (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/end_of_day_dialog.py" line="313"/>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../pos_app/ui/errors.py" line="37"/>
        <source>Something went wrong. The details are in {0}.</source>
        <translation>Un problème est survenu. Les détails sont dans {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/errors.py" line="38"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
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
        <translation>Counter POS&#xa0;: configurer le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="202"/>
        <source>&lt;h2&gt;Welcome to Counter POS&lt;/h2&gt;Name the store (receipts show its name and address), then create the administrator account. It manages staff and settings; keep its password safe.</source>
        <translation>&lt;h2&gt;Bienvenue dans Counter POS&lt;/h2&gt;Nommez le magasin (les tickets affichent son nom et son adresse), puis créez le compte administrateur. Il gère le personnel et les réglages&#xa0;; gardez son mot de passe en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="214"/>
        <source>as printed on receipts</source>
        <translation>tel qu&apos;imprimé sur les tickets</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="217"/>
        <source>street, town (optional)</source>
        <translation>rue, ville (facultatif)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="219"/>
        <source>&amp;Store name</source>
        <translation>Nom du &amp;magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="221"/>
        <source>Store &amp;address</source>
        <translation>&amp;Adresse du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="234"/>
        <source>Your na&amp;me</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="235"/>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="236"/>
        <source>&amp;Password (8-72)</source>
        <translation>Mot de &amp;passe (8-72)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="237"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="244"/>
        <source>&amp;Create administrator</source>
        <translation>&amp;Créer l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="245"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="258"/>
        <source>Give the store a name: receipts show it</source>
        <translation>Donnez un nom au magasin&#xa0;: les tickets l&apos;affichent</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="261"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../pos_app/ui/forms.py" line="61"/>
        <source>{label} can be at most {limit:,} characters (you have {length:,})</source>
        <extracomment>QLineEdit&apos;s own ceiling: ``setMaxLength`` cannot go higher. The domain&apos;s length limits, by the field names the forms use. A screen may pass its own (``limit=``) or set ``setMaxLength`` on a line edit; either becomes a checked limit.</extracomment>
        <translation>{label}&#xa0;: {limit:,} caractères au plus (vous en avez {length:,})</translation>
    </message>
</context>
<context>
    <name>InventoryWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="52"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="95"/>
        <source>&amp;Add…</source>
        <extracomment>A cashier may edit too, with a manager&apos;s credentials typed into the dialog. The categories managers defined, as last read (retired ones too). The tax rates (retired ones too) as last read, for the product dialog. Stock history is read with the restock permission.</extracomment>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="95"/>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="98"/>
        <source>Edit the product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="101"/>
        <source>&amp;Restock…</source>
        <translation>&amp;Réapprovisionner…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="101"/>
        <source>Add a delivery to the stock</source>
        <translation>Ajouter une livraison au stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="104"/>
        <source>Re&amp;move…</source>
        <translation>Retirer &amp;du stock…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="107"/>
        <source>Take units out (damaged, lost, expired)</source>
        <translation>Sortir des unités (abîmées, perdues, périmées)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="110"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="113"/>
        <source>Import products from a CSV file</source>
        <translation>Importer des produits depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="116"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="119"/>
        <source>Export every product to a CSV file</source>
        <translation>Exporter tous les produits dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="122"/>
        <source>Ca&amp;tegories…</source>
        <translation>Caté&amp;gories…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="125"/>
        <source>Add, rename or retire categories</source>
        <translation>Ajouter, renommer ou retirer des catégories</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="146"/>
        <source>Name or barcode (Ctrl+F)</source>
        <translation>Nom ou code-barres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="149"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="153"/>
        <source>Show one category</source>
        <translation>Afficher une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="156"/>
        <source>Show i&amp;nactive</source>
        <translation>Afficher les i&amp;nactifs</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="157"/>
        <source>Include products that are no longer on sale</source>
        <translation>Inclure les produits qui ne sont plus en vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="229"/>
        <source>{0}: managers only</source>
        <extracomment>The Rating column reads it.</extracomment>
        <translation>{0} : responsables seulement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="261"/>
        <source>&amp;Low stock (below {0})</source>
        <translation>Stock &amp;bas (moins de {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="429"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="438"/>
        <source>Restocked {name}: {stock} in stock</source>
        <translation>{name} réapprovisionné : {stock} en stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="447"/>
        <source>Took {count} × {name} out: {stock} left</source>
        <translation>{count} × {name} sorti(s)&#xa0;: il en reste {stock}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/inventory.py" line="482"/>
        <source>Added {0}</source>
        <translation>{0} ajouté</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="296"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="301"/>
        <source>Sign in as &amp;someone else</source>
        <translation>Se connecter en tant qu&apos;&amp;autre personne</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="262"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="267"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="270"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="273"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="276"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="285"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="334"/>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="392"/>
        <source>The database cannot be reached.</source>
        <translation>La base de données est injoignable.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="393"/>
        <source>Your work on screen is kept; it will reconnect by itself.</source>
        <translation>Votre travail à l&apos;écran est conservé&#xa0;; la connexion reviendra d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="396"/>
        <source>Cash and card sales go on at the checkout. Returns, top-ups, new customers and staff changes wait for the server: the sales, balances and accounts are kept there.</source>
        <translation>Les ventes en espèces et par carte continuent à la caisse. Les retours, les recharges, les nouveaux clients et les changements du personnel attendent le serveur : les ventes, les soldes et les comptes y sont conservés.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="420"/>
        <source>Offline: 1 sale waiting</source>
        <translation>Hors ligne : 1 vente en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="422"/>
        <source>Offline: {0} sales waiting</source>
        <translation>Hors ligne : {0} ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="427"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="427"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../pos_app/ui/dialogs.py" line="218"/>
        <source>&amp;Authorise</source>
        <translation>&amp;Autoriser</translation>
    </message>
</context>
<context>
    <name>ManagerFields</name>
    <message>
        <location filename="../../pos_app/ui/dialogs.py" line="190"/>
        <source>&amp;Manager</source>
        <extracomment>What a person types into or picks from: where a dialog&apos;s cursor starts. Buttons are not.</extracomment>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/dialogs.py" line="191"/>
        <source>Manager pass&amp;word</source>
        <translation>Mot de passe du respo&amp;nsable</translation>
    </message>
</context>
<context>
    <name>OfflineOffer</name>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="91"/>
        <source>Record offline</source>
        <translation>Enregistrer hors ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="94"/>
        <source>The server cannot be reached. Record this sale at this counter? It gets this counter&apos;s number and is sent to the server once it is back.</source>
        <translation>Le serveur est injoignable. Enregistrer cette vente à cette caisse ? Elle reçoit le numéro de cette caisse et sera envoyée au serveur dès son retour.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="98"/>
        <source>&amp;Record offline</source>
        <translation>&amp;Enregistrer hors ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="99"/>
        <source>Wait for the ser&amp;ver</source>
        <translation>Attendre le ser&amp;veur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="114"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="120"/>
        <source>Sale NOT completed: nothing was charged. {0}</source>
        <translation>Vente NON effectuée&#xa0;: rien n&apos;a été encaissé. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="181"/>
        <source>Sale recorded offline: number {0}, total {1}. It is sent to the server once it is back.</source>
        <translation>Vente enregistrée hors ligne : numéro {0}, total {1}. Elle sera envoyée au serveur dès son retour.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="196"/>
        <source>The receipt of {0} did NOT print: {1}</source>
        <translation>Le ticket de {0} ne s&apos;est PAS imprimé : {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/offline_paying.py" line="210"/>
        <source>Not recorded offline: {0}</source>
        <translation>Non enregistrée hors ligne : {0}</translation>
    </message>
</context>
<context>
    <name>OsReasons</name>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="105"/>
        <source>No such file or directory</source>
        <extracomment>The operating system&apos;s reasons (``strerror``) a file message can end with.</extracomment>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="106"/>
        <source>Permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="107"/>
        <source>Is a directory</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="108"/>
        <source>Not a directory</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="109"/>
        <source>No space left on device</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="110"/>
        <source>Read-only file system</source>
        <translation>disque en lecture seule</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="111"/>
        <source>File name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="112"/>
        <source>Input/output error</source>
        <translation>erreur de lecture ou d&apos;écriture sur le disque</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="113"/>
        <source>file is not a database</source>
        <translation>ce fichier n&apos;est pas une base de données</translation>
    </message>
</context>
<context>
    <name>OutboxTransfer</name>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="58"/>
        <source>Export waiting sales</source>
        <translation>Exporter les ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="59"/>
        <source>Writes every sale of a counter file that the server has not confirmed to one file, to import at another counter. The counter file is not changed.</source>
        <translation>Écrit dans un fichier toutes les ventes d&apos;un fichier de caisse que le serveur n&apos;a pas confirmées, pour les importer à une autre caisse. Le fichier de caisse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="71"/>
        <source>&amp;Write to</source>
        <translation>&amp;Écrire dans</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="78"/>
        <source>From the &amp;counter file</source>
        <translation>Depuis le fichier de &amp;caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="82"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="101"/>
        <source>Import waiting sales</source>
        <translation>Importer des ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="102"/>
        <source>Adds the sales of another counter&apos;s export to this counter&apos;s, to be sent to the server with their own numbers. A sale already here is not added again.</source>
        <translation>Ajoute les ventes exportées d&apos;une autre caisse à celles de cette caisse, pour les envoyer au serveur sous leurs propres numéros. Une vente déjà présente n&apos;est pas ajoutée de nouveau.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="112"/>
        <source>&amp;Exported file</source>
        <translation>Fichier &amp;exporté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="114"/>
        <source>&amp;Import</source>
        <translation>Im&amp;porter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="126"/>
        <source>Exported to {0}: {1} sales not on the server, {2} waiting to be sent</source>
        <translation>Exporté vers {0} : {1} ventes absentes du serveur, {2} en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="132"/>
        <source>Imported from {0}: {1} sales of counter {2}, {3} to be sent; {4} were here already</source>
        <translation>Importé depuis {0} : {1} ventes de la caisse {2}, {3} à envoyer ; {4} étaient déjà ici</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="151"/>
        <source>E&amp;xport waiting sales…</source>
        <extracomment>The Conflicts workspace&apos;s buttons: (text, object name, keys, tip, dialog).</extracomment>
        <translation>E&amp;xporter les ventes en attente…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="154"/>
        <source>Write a counter&apos;s sales not yet on the server to a file</source>
        <translation>Écrire dans un fichier les ventes d&apos;une caisse pas encore sur le serveur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="160"/>
        <source>&amp;Import waiting sales…</source>
        <translation>Im&amp;porter des ventes en attente…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/outbox_transfer.py" line="163"/>
        <source>Add another counter&apos;s exported sales, to send them</source>
        <translation>Ajouter les ventes exportées d&apos;une autre caisse, pour les envoyer</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <location filename="../../pos_app/ui/checkout/outcome_banner.py" line="43"/>
        <source>Change {0}</source>
        <translation>Monnaie {0}</translation>
    </message>
</context>
<context>
    <name>ParkNoteDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="73"/>
        <source>Optional: who it is for, why it waits</source>
        <translation>Facultatif&#xa0;: pour qui, pourquoi il attend</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="76"/>
        <source>Park the cart</source>
        <translation>Mettre le panier en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="77"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="79"/>
        <source>&amp;Park</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
</context>
<context>
    <name>ParkedCartsDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="109"/>
        <source>walk-in</source>
        <translation>de passage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="119"/>
        <source>Parked carts</source>
        <translation>Paniers en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="120"/>
        <source>Choose a cart (arrows) and press Enter to resume it; the cart on screen is parked in its place.</source>
        <translation>Choisissez un panier (flèches) et appuyez sur Entrée pour le reprendre&#xa0;; le panier à l&apos;écran est mis en attente à sa place.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="127"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="98"/>
        <source>Payment</source>
        <extracomment>From the customer&apos;s store credit. The cash handed over (covers the cash part; the rest is change); None: no cash part. Charged on the external card terminal. The terminal&apos;s approval code or last digits, if typed. The customer&apos;s PIN or card scan for the wallet part (``WalletConsentDialog``). Large type for the amount a cashier reads aloud or counts out. The amounts of a split in the order Enter walks them: the wallet first, then cash.</extracomment>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="105"/>
        <source>Total {0}</source>
        <translation>Total {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="107"/>
        <source>(in cash {0})</source>
        <translation>(en espèces {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="113"/>
        <source>Store credit {0}</source>
        <translation>Avoir {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="115"/>
        <source>: does not cover {0}; pay the rest by Split</source>
        <translation>&#xa0;: ne couvre pas {0}&#xa0;; payez le reste en Fractionné</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="120"/>
        <source>&amp;Wallet (store credit)</source>
        <translation>&amp;Porte-monnaie (avoir)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="121"/>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="122"/>
        <source>C&amp;ard (external terminal)</source>
        <translation>C&amp;arte (terminal externe)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="123"/>
        <source>S&amp;plit: wallet, card and cash</source>
        <translation>&amp;Fractionné&#xa0;: porte-monnaie, carte et espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="134"/>
        <source>optional: approval code or last digits</source>
        <translation>facultatif&#xa0;: code d&apos;autorisation ou derniers chiffres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="135"/>
        <source>Wallet pa&amp;rt</source>
        <translation>Part porte-&amp;monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="136"/>
        <source>Cash &amp;tendered</source>
        <translation>Espèces &amp;reçues</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="137"/>
        <source>Card a&amp;mount</source>
        <translation>Montant &amp;carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="138"/>
        <source>Card r&amp;eference</source>
        <translation>Référence car&amp;te</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="150"/>
        <source>C&amp;onfirm payment</source>
        <translation>C&amp;onfirmer le paiement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="182"/>
        <source>{0} cannot be negative</source>
        <extracomment>The customer&apos;s consent being asked (a wallet part), if any.</extracomment>
        <translation>{0} ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="196"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="232"/>
        <source>Wallet part</source>
        <translation>Part porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="198"/>
        <source>Attach a customer to pay from a wallet</source>
        <translation>Associez un client pour payer avec un porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="201"/>
        <source>Wallet part {0} is more than the store credit {1}</source>
        <translation>La part porte-monnaie {0} dépasse l&apos;avoir {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="205"/>
        <source>Wallet part {0} is more than the total</source>
        <translation>La part porte-monnaie {0} dépasse le total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="207"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="233"/>
        <source>Card amount</source>
        <translation>Montant carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="209"/>
        <source>Card amount {0} is more than the {1} left to pay</source>
        <translation>Le montant carte {0} dépasse les {1} restant à payer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="213"/>
        <source>A card reference needs a card amount</source>
        <translation>Une référence carte demande un montant carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="218"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="278"/>
        <source>Cash tendered</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="220"/>
        <source>Cash tendered {0} does not cover {1}: {2} short</source>
        <translation>Les espèces reçues {0} ne couvrent pas {1}&#xa0;: il manque {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="267"/>
        <source>Paid from store credit</source>
        <translation>Payé avec l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="270"/>
        <source>Card {0} on the terminal</source>
        <translation>Carte {0} sur le terminal</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="284"/>
        <source>Change {0}</source>
        <translation>Monnaie {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="281"/>
        <location filename="../../pos_app/ui/checkout/payment_dialog.py" line="287"/>
        <source>Cash due {0}</source>
        <translation>Espèces dues {0}</translation>
    </message>
</context>
<context>
    <name>PickTableDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="93"/>
        <source>Parked at</source>
        <translation>Mis en attente à</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="94"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="95"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="97"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="98"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="138"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="139"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="140"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="141"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/pick_dialogs.py" line="142"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
</context>
<context>
    <name>PoleDisplay</name>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="71"/>
        <source>Welcome</source>
        <extracomment>The pole display&apos;s words (``pos_app.devices.pole_display``), in capitals as it shows them.</extracomment>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="72"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="73"/>
        <source>CHANGE</source>
        <translation>RENDU</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="74"/>
        <source>CASH</source>
        <translation>ESPECES</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="75"/>
        <source>THANK YOU</source>
        <translation>MERCI</translation>
    </message>
</context>
<context>
    <name>PricingSettings</name>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="43"/>
        <source>Per line</source>
        <translation>Par ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="44"/>
        <source>Per receipt (each rate once)</source>
        <translation>Par ticket (chaque taux une fois)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="47"/>
        <source>Half up</source>
        <translation>Au plus proche, 0.5 vers le haut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="48"/>
        <source>Half even (banker&apos;s)</source>
        <translation>Au plus proche pair (bancaire)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="61"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="64"/>
        <source>Off (0 cents)</source>
        <translation>Désactivé (0 centime)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="66"/>
        <source>1 cent</source>
        <translation>1 centime</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="68"/>
        <source>{0} cents</source>
        <translation>{0} centimes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="108"/>
        <source>Yes: shelf prices include tax</source>
        <extracomment>The least a choice of the settings shows before its row is cut (see the constructor). The settings as last read or saved: what &quot;changed&quot; is measured against.</extracomment>
        <translation>Oui : les prix affichés incluent la taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="109"/>
        <source>No: tax is added at the counter</source>
        <translation>Non : la taxe est ajoutée en caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="148"/>
        <source>No: sell with or without a shift</source>
        <translation>Non : vendre avec ou sans service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="149"/>
        <source>Yes: a sale needs an open shift</source>
        <translation>Oui : une vente demande un service ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="195"/>
        <source>No: store credit needs the server</source>
        <translation>Non : l&apos;avoir demande le serveur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="196"/>
        <source>Yes: up to the allowance</source>
        <translation>Oui : jusqu&apos;à la provision</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="218"/>
        <source>The customer&apos;s PIN or card scan</source>
        <translation>Le code PIN du client ou le scan de sa carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="221"/>
        <source>The customer&apos;s PIN only</source>
        <translation>Le code PIN du client seulement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="222"/>
        <source>The scan of the customer&apos;s card only</source>
        <translation>Le scan de la carte du client seulement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="365"/>
        <source>Prices include tax; tax rounded {0}, {1}; cash rounding {2}</source>
        <translation>Les prix incluent la taxe ; taxe arrondie {0}, {1} ; arrondi espèces {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="367"/>
        <source>Prices exclude tax; tax rounded {0}, {1}; cash rounding {2}</source>
        <translation>Les prix excluent la taxe ; taxe arrondie {0}, {1} ; arrondi espèces {2}</translation>
    </message>
</context>
<context>
    <name>PricingSettingsPanel</name>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="117"/>
        <source>Printed on receipts; may stay empty</source>
        <translation>Imprimé sur les tickets ; peut rester vide</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="119"/>
        <source>0 to 100</source>
        <translation>0 à 100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="121"/>
        <source>Up to this percent of a line or cart a cashier may discount; above, a manager</source>
        <translation>Jusqu&apos;à ce pourcentage d&apos;une ligne ou du panier, un caissier peut accorder une remise ; au-delà, un responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="125"/>
        <source>e.g. 20, 21; empty: none</source>
        <translation>p. ex. 20, 21 ; vide : aucun</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="128"/>
        <source>The EAN prefixes (20 to 29) the store&apos;s scale prints on its price labels: prefix, 5-digit item code, 5-digit price in cents, check digit</source>
        <translation>Les préfixes EAN (20 à 29) que la balance du magasin imprime sur ses étiquettes de prix : préfixe, code article à 5 chiffres, prix en centimes à 5 chiffres, chiffre de contrôle</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="132"/>
        <source>&amp;Prices include tax</source>
        <translation>Prix affic&amp;hés TTC</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="133"/>
        <source>Ta&amp;x rounding</source>
        <translation>Arrondi de la ta&amp;xe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="134"/>
        <source>R&amp;ounding</source>
        <translation>Arr&amp;ondi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="135"/>
        <source>Cas&amp;h rounding</source>
        <translation>A&amp;rrondi des espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="136"/>
        <source>Tax &amp;number</source>
        <translation>&amp;Numéro fiscal</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="139"/>
        <source>Cashier disco&amp;unt limit (%)</source>
        <translation>Limite de remi&amp;se du caissier (%)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="143"/>
        <source>Price la&amp;bel prefixes</source>
        <translation>Préfixes des &amp;étiquettes de prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="152"/>
        <source>Only sell durin&amp;g a shift</source>
        <translation>Vendre seulement pendant un service (&amp;g)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="162"/>
        <source>The ISO code of the money the store sells in; one with other decimals (USD to JPY) only while no sale exists</source>
        <extracomment>The notes and coins of the drawer, and the over/short limit (issue 13). The store&apos;s currency (issue 17): its cash steps are the cash rounding&apos;s choices.</extracomment>
        <translation>Le code ISO de la monnaie de vente du magasin ; une monnaie aux décimales différentes (USD vers JPY) seulement tant qu&apos;aucune vente n&apos;existe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="167"/>
        <source>Currency we ta&amp;ke</source>
        <translation>Monnaie de vente (&amp;j)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="168"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="169"/>
        <source>Save the store&apos;s pricing settings (Ctrl+S)</source>
        <translation>Enregistrer les réglages de prix du magasin (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="200"/>
        <source>Authori&amp;ze store credit offline</source>
        <translation>Autoriser l&apos;avoir hors ligne (&amp;z)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="205"/>
        <source>What each counter keeps of a customer&apos;s store credit, while online, to take offline</source>
        <translation>Ce que chaque caisse réserve de l&apos;avoir d&apos;un client, en ligne, pour l&apos;utiliser hors ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="211"/>
        <source>Offline allowance, e&amp;qual per counter</source>
        <translation>Provision hors ligne, égale par caisse (&amp;k)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="227"/>
        <source>Store credit pays with</source>
        <translation>Le crédit magasin se paie avec</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/settings_panel.py" line="328"/>
        <source>Nothing to save: no setting was changed</source>
        <translation>Rien à enregistrer : aucun réglage n&apos;a changé</translation>
    </message>
</context>
<context>
    <name>PricingWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="116"/>
        <source>Tax &amp;rates</source>
        <extracomment>Rates, settings and promotions; products for the names a promotion covers. The store&apos;s default rate, categories and settings as last read.</extracomment>
        <translation>&amp;Barème des taxes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="120"/>
        <source>&amp;Add rate…</source>
        <translation>&amp;Ajouter un taux…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="123"/>
        <source>Add a tax rate</source>
        <translation>Ajouter un taux de taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="128"/>
        <source>Make &amp;default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="131"/>
        <source>Make the selected rate the store&apos;s default</source>
        <translation>Faire du taux choisi le taux par défaut du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="136"/>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="229"/>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="139"/>
        <source>Retire the selected rate, or bring it back</source>
        <translation>Retirer le taux choisi, ou le rétablir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="144"/>
        <source>&amp;Category&apos;s rate…</source>
        <translation>Taux de &amp;catégorie…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="147"/>
        <source>Choose the rate of a category&apos;s products</source>
        <translation>Choisir le taux des produits d&apos;une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="166"/>
        <source>Store pricing settings</source>
        <translation>Réglages de prix du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="216"/>
        <source>No tax rates yet: Ctrl+N adds one</source>
        <translation>Pas encore de taux de taxe : Ctrl+N en ajoute un</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="229"/>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="242"/>
        <source>exempt</source>
        <translation>exonéré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="243"/>
        <source>Added the tax rate {0} ({1})</source>
        <translation>Taux de taxe {0} ajouté ({1})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="251"/>
        <source>{0} is already the store&apos;s default rate</source>
        <translation>{0} est déjà le taux par défaut du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="259"/>
        <source>{0} is now the store&apos;s default rate: products without a rate of their own or of their category are taxed at it</source>
        <translation>{0} est maintenant le taux par défaut du magasin : les produits sans taux propre ni de catégorie y sont taxés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="273"/>
        <source>Reactivated {0}</source>
        <translation>{0} réactivé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="275"/>
        <source>Retired {0}: products that have it keep it until given another</source>
        <translation>{0} retiré : les produits qui l&apos;ont le gardent jusqu&apos;à en recevoir un autre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="288"/>
        <source>There are no categories yet: add them in Inventory</source>
        <translation>Il n&apos;y a pas encore de catégories : ajoutez-les dans Inventaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="299"/>
        <source>{0}: its products without a rate of their own are taxed at {1}</source>
        <translation>{0} : ses produits sans taux propre sont taxés à {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/pricing.py" line="314"/>
        <source>Pricing settings saved. {0}</source>
        <translation>Réglages de prix enregistrés. {0}</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="35"/>
        <source>No receipt printer</source>
        <extracomment>(what the list says, the saved kind); &quot;&quot; is no printer.</extracomment>
        <translation>Pas d&apos;imprimante de tickets</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="36"/>
        <source>Device or file path</source>
        <translation>Chemin de périphérique ou de fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="37"/>
        <source>Network printer</source>
        <translation>Imprimante réseau</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="38"/>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="39"/>
        <source>USB printer</source>
        <translation>Imprimante USB</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="43"/>
        <source>choose a connection first</source>
        <extracomment>What the &quot;Where&quot; field expects for each kind.</extracomment>
        <translation>choisissez d&apos;abord une connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="44"/>
        <source>/dev/usb/lp0, or a file</source>
        <translation>/dev/usb/lp0, ou un fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="45"/>
        <source>192.168.1.50 or printer.local:9100</source>
        <translation>192.168.1.50 ou printer.local:9100</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="46"/>
        <source>/dev/ttyS0 or COM3:19200</source>
        <translation>/dev/ttyS0 ou COM3:19200</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="47"/>
        <source>vendor:product in hex, e.g. 04b8:0202</source>
        <translation>fabricant:produit en hexadécimal, p. ex. 04b8:0202</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="52"/>
        <source>A5 page (office printers)</source>
        <extracomment>(what the list says, the saved layout) of a receipt for a system printer or PDF.</extracomment>
        <translation>Page A5 (imprimantes de bureau)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="53"/>
        <source>80 mm roll</source>
        <translation>Rouleau de 80 mm</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="66"/>
        <source>No such file: {0}</source>
        <extracomment>A logo bigger than this is not a receipt header (and slows each receipt down).</extracomment>
        <translation>Fichier introuvable : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="68"/>
        <source>The logo must be a PNG of at most 1 MB</source>
        <translation>Le logo doit être un PNG d&apos;au plus 1 Mo</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="71"/>
        <source>The logo must be a PNG image</source>
        <translation>Le logo doit être une image PNG</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="74"/>
        <source>The logo must be at most {0} x {0} pixels</source>
        <translation>Le logo doit faire au plus {0} x {0} pixels</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="77"/>
        <source>The logo cannot be read: {0}</source>
        <translation>Le logo est illisible : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="103"/>
        <source>{0} mm ({1} characters a line)</source>
        <translation>{0} mm ({1} caractères par ligne)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="107"/>
        <source>Print the receipt a&amp;utomatically after each sale</source>
        <translation>Imprimer le ticket a&amp;utomatiquement après chaque vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="110"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="111"/>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="112"/>
        <source>&amp;Paper width</source>
        <translation>Largeur du &amp;papier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="116"/>
        <source>optional: a PNG printed at the top, e.g. /home/shop/logo.png</source>
        <translation>facultatif : un PNG imprimé en haut, p. ex. /home/shop/logo.png</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="118"/>
        <source>&amp;Logo (PNG)</source>
        <translation>Logo (P&amp;NG)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="123"/>
        <source>Pa&amp;ge for system printers and PDF</source>
        <translation>Pa&amp;ge pour les imprimantes système et le PDF</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="124"/>
        <source>&amp;Test print</source>
        <translation>Impression d&apos;&amp;essai</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="183"/>
        <source>Choose how the printer is connected</source>
        <translation>Choisissez comment l&apos;imprimante est connectée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="204"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/printer_settings.py" line="208"/>
        <source>Printed on {0}: the ruler should fill one line exactly</source>
        <translation>Imprimé sur {0} : la règle doit remplir exactement une ligne</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_app/ui/checkout/print_jobs.py" line="25"/>
        <source>the printer&apos;s driver failed; the details are in the log</source>
        <extracomment>What a job&apos;s failure says when it is no PosError (the details go to the log).</extracomment>
        <translation>le pilote de l&apos;imprimante a échoué&#xa0;; les détails sont dans le journal</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/print_jobs.py" line="26"/>
        <source>This counter has no receipt printer (Settings)</source>
        <translation>Cette caisse n&apos;a pas d&apos;imprimante de tickets (Réglages)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/print_jobs.py" line="68"/>
        <source>sale {0}</source>
        <extracomment>What the queue keeps, read back to print: a sale, or a sale recorded offline.</extracomment>
        <translation>vente {0}</translation>
    </message>
</context>
<context>
    <name>ProductCount</name>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="14"/>
        <source>1 product</source>
        <translation>1 produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="15"/>
        <source>{0:,} products</source>
        <translation>{0:,} produits</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="23"/>
        <source>{0:,}+ products, first found</source>
        <translation>{0:,}+ produits, les premiers trouvés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_count.py" line="29"/>
        <source>{0} (retired)</source>
        <translation>{0} (retiré)</translation>
    </message>
</context>
<context>
    <name>ProductCsvActions</name>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="31"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="45"/>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="50"/>
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="66"/>
        <source>Imported. {0}</source>
        <translation>Importé. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="75"/>
        <source>Exporting products to {0}…</source>
        <translation>Export des produits vers {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/csv_actions.py" line="76"/>
        <source>Exported {0} to {1}</source>
        <translation>Exporté : {0} vers {1}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="30"/>
        <source>Category&apos;s rate</source>
        <extracomment>The first choice of the tax rate: none of its own.</extracomment>
        <translation>Taux de la catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="31"/>
        <source>Scan or type; may stay empty</source>
        <translation>Scannez ou tapez ; peut rester vide</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="32"/>
        <source>The label&apos;s prefix and item code, e.g. 2012345</source>
        <translation>Le préfixe de l&apos;étiquette et le code article, p. ex. 2012345</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="65"/>
        <source>Tax rate #{0}</source>
        <translation>Taux de taxe n° {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="124"/>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="126"/>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="341"/>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="155"/>
        <source>Sold by price-embedded barcode</source>
        <extracomment>The free price the person confirmed (the text they confirmed it for).</extracomment>
        <translation>Vendu par code-barres à prix intégré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="160"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="161"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="162"/>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="163"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="164"/>
        <source>&amp;Barcode</source>
        <translation>Code-&amp;barres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="165"/>
        <source>&amp;Variable price</source>
        <translation>Prix &amp;variable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="166"/>
        <source>Ta&amp;x rate</source>
        <translation>Ta&amp;ux de taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="171"/>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="174"/>
        <source>Opening &amp;stock</source>
        <translation>&amp;Stock initial</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="176"/>
        <source>&amp;Active</source>
        <translation>A&amp;ctif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="206"/>
        <source>Only {0} can change a product&apos;s tax rate</source>
        <translation>Seul {0} peut changer le taux de taxe d&apos;un produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="248"/>
        <source>this product</source>
        <translation>ce produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="251"/>
        <source>Free item</source>
        <translation>Article gratuit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="252"/>
        <source>Sell {0} for free (0.00)?</source>
        <translation>Vendre {0} gratuitement (0.00) ?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="264"/>
        <source>Type the price, or confirm that it is free</source>
        <translation>Tapez le prix, ou confirmez qu&apos;il est gratuit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="304"/>
        <source>Nothing was changed: edit a field, or press Esc</source>
        <translation>Rien n&apos;a été modifié : modifiez un champ, ou appuyez sur Échap</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/product_dialog.py" line="346"/>
        <source>Saved {0}, but not its tax rate: {1}</source>
        <translation>{0} enregistré, mais pas son taux de taxe : {1}</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="127"/>
        <source>Import products from {0}</source>
        <translation>Importer des produits depuis {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="130"/>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="142"/>
        <source>Refused rows: fix them in the file and import it again</source>
        <translation>Lignes refusées : corrigez-les dans le fichier et importez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="151"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="177"/>
        <source>{0} has no product rows.</source>
        <translation>{0} ne contient aucune ligne de produit.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="179"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="201"/>
        <source>{0} in {1}. {2} Check them, then press Import.</source>
        <translation>{0} dans {1}. {2} Vérifiez-les, puis appuyez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="246"/>
        <source>1 row is refused, so nothing can be imported.</source>
        <translation>1 ligne est refusée : rien ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="248"/>
        <source>{0:,} rows are refused, so nothing can be imported.</source>
        <translation>{0:,} lignes sont refusées : rien ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="207"/>
        <source>&amp;Import {0}</source>
        <translation>&amp;Importer {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="219"/>
        <source>Importing {0:,} rows…</source>
        <translation>Import de {0:,} lignes…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/product_csv.py" line="252"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ProductScanner</name>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="64"/>
        <source>A quantity is 1 to {0}</source>
        <extracomment>``3*`` before a barcode or a name: that many units. At most what one line may hold; a minus is read too, so that ``-2*`` is refused as a quantity, not searched as a name. Units the next scan adds (``3*`` then Enter).</extracomment>
        <translation>Une quantité va de 1 à {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="69"/>
        <source>The next product is added {0} times</source>
        <translation>Le prochain produit est ajouté {0} fois</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="97"/>
        <source>Unknown barcode {0}: nothing was added</source>
        <translation>Code-barres inconnu {0}&#xa0;: rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="102"/>
        <source>{0}: nothing was added</source>
        <translation>{0}&#xa0;: rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="122"/>
        <source>{0} (barcode {1}) is no longer sold: nothing was added</source>
        <translation>{0} (code-barres {1}) n&apos;est plus vendu&#xa0;: rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="129"/>
        <source>No product matches that name</source>
        <translation>Aucun produit ne correspond à ce nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="149"/>
        <source>A line holds at most {0} units</source>
        <translation>Une ligne contient au plus {0} unités</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/scanning.py" line="155"/>
        <source>Only {0} of {1} in stock</source>
        <translation>Seulement {0} de {1} en stock</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="46"/>
        <source>N for a price (3 for 5.00)</source>
        <extracomment>The longest promotion name the service takes. How many products one search offers to choose from.</extracomment>
        <translation>N pour un prix (3 pour 5.00)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="47"/>
        <source>Buy X, get Y free or a percent off</source>
        <translation>X achetés, Y offerts ou à pourcentage de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="50"/>
        <source>A percent off a category</source>
        <translation>Un pourcentage de remise sur une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="58"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="64"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="151"/>
        <source>Add &amp;product</source>
        <extracomment>The rows each kind shows (the others are hidden), with their labels for that kind (in English: shown through ``translate``).</extracomment>
        <translation>Ajouter un &amp;produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="59"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="65"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="153"/>
        <source>Co&amp;vered</source>
        <translation>&amp;Couverts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="60"/>
        <source>&amp;Quantity (N)</source>
        <translation>&amp;Quantité (N)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="61"/>
        <source>P&amp;rice of the N</source>
        <translation>P&amp;rix des N</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="66"/>
        <source>Buy &amp;quantity (X)</source>
        <translation>&amp;Quantité achetée (X)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="67"/>
        <source>&amp;Free quantity (Y)</source>
        <translation>Quantité &amp;offerte (Y)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="68"/>
        <source>P&amp;ercent off the Y</source>
        <translation>Pourc&amp;entage de remise sur les Y</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="71"/>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="158"/>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="72"/>
        <source>P&amp;ercent off</source>
        <translation>Pourc&amp;entage de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="77"/>
        <source>More than 0, up to 100 (100: the Y are free)</source>
        <extracomment>What the percent field suggests, for the kinds that have one.</extracomment>
        <translation>Plus de 0, jusqu&apos;à 100 (100 : les Y sont offerts)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="80"/>
        <source>e.g. 15: off every product of the category</source>
        <translation>p. ex. 15 : sur chaque produit de la catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="85"/>
        <source>The last day must be on or after the first day</source>
        <translation>Le dernier jour doit être le premier jour ou après</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="111"/>
        <source>Add a promotion</source>
        <translation>Ajouter une promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="116"/>
        <source>What the receipt shows, e.g. 3 colas for 5.00</source>
        <translation>Ce que montre le ticket, p. ex. 3 colas pour 5.00</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="126"/>
        <source>Scan or type a barcode or a name, then Enter</source>
        <extracomment>The percent text a person said Yes to giving a whole category away at.</extracomment>
        <translation>Scannez ou tapez un code-barres ou un nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="131"/>
        <source>Del takes the selected product off</source>
        <translation>Suppr retire le produit choisi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="136"/>
        <source>e.g. 5.00</source>
        <translation>p. ex. 5.00</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="147"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="148"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="149"/>
        <source>&amp;Starts</source>
        <translation>D&amp;ébut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="150"/>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="152"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="154"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="155"/>
        <source>P&amp;rice</source>
        <translation>P&amp;rix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="156"/>
        <source>&amp;Free quantity</source>
        <translation>Quantité &amp;offerte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="157"/>
        <source>P&amp;ercent</source>
        <translation>Pourc&amp;entage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="237"/>
        <source>No product matches {0!r}</source>
        <translation>Aucun produit ne correspond à {0!r}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="245"/>
        <source>{0:,} more match: type more of the name</source>
        <translation>{0:,} autres correspondent : tapez davantage du nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="271"/>
        <source>{0} is already covered</source>
        <translation>{0} est déjà couvert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="295"/>
        <source>There is no category yet: add one in Inventory</source>
        <translation>Il n&apos;y a pas encore de catégorie : ajoutez-en une dans Inventaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="315"/>
        <source>The percent</source>
        <translation>Le pourcentage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="322"/>
        <source>Everything free</source>
        <translation>Tout gratuit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="323"/>
        <source>100% off: everything in {0} is free. Save?</source>
        <translation>100 % de remise : tout dans {0} est gratuit. Enregistrer ?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotion_dialog.py" line="336"/>
        <source>Type the percent off, or confirm that it is all free</source>
        <translation>Tapez le pourcentage de remise, ou confirmez que tout est gratuit</translation>
    </message>
</context>
<context>
    <name>PromotionsPanel</name>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="59"/>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="69"/>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="71"/>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="74"/>
        <source>from {0}</source>
        <translation>à partir du {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="75"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="95"/>
        <source>Pro&amp;motions</source>
        <extracomment>Names of the products the Covers column shows, by id, as last read.</extracomment>
        <translation>Pro&amp;motions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="103"/>
        <source>Add promot&amp;ion…</source>
        <translation>Ajouter &amp;une promotion…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="106"/>
        <source>Add a promotion</source>
        <translation>Ajouter une promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="111"/>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="207"/>
        <source>R&amp;etire promotion</source>
        <translation>Désactiver la &amp;promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="115"/>
        <source>Retire the selected promotion (the counters stop applying it), or bring it back</source>
        <translation>Retirer la promotion choisie (les caisses cessent de l&apos;appliquer), ou la rétablir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="120"/>
        <source>Sho&amp;w ended and retired</source>
        <translation>Afficher les terminées et retirées (&amp;w)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="156"/>
        <source>category {0}</source>
        <translation>catégorie {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="160"/>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} de plus</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="207"/>
        <source>Reactivat&amp;e promotion</source>
        <translation>Réacti&amp;ver la promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="221"/>
        <source>Added the promotion {0}: {1}, {2}</source>
        <translation>Promotion {0} ajoutée : {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="245"/>
        <source>Retire the promotion</source>
        <translation>Retirer la promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="246"/>
        <source>Retire the promotion {0}? The counters stop applying it.</source>
        <translation>Retirer la promotion {0} ? Les caisses cessent de l&apos;appliquer.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="258"/>
        <source>Reactivated the promotion {0}</source>
        <translation>Promotion {0} réactivée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="260"/>
        <source>Retired the promotion {0}</source>
        <translation>Promotion {0} retirée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/promotions_panel.py" line="262"/>
        <source>Retired the promotion {0} (Alt+W shows it)</source>
        <translation>Promotion {0} retirée (Alt+W l&apos;affiche)</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="104"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="105"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="107"/>
        <source>&amp;Set</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/one_field_dialogs.py" line="116"/>
        <source>Type a whole number from 0 (removes the line) to {0}</source>
        <translation>Tapez un nombre entier de 0 (retire la ligne) à {0}</translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="29"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="31"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="33"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="35"/>
        <source>cart {0}: {1}</source>
        <translation>panier {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="42"/>
        <source>Tax {0}</source>
        <translation>Taxe {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="47"/>
        <source>incl. tax {0} on {1}</source>
        <translation>dont taxe {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="87"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="108"/>
        <source>Pricing the cart…</source>
        <translation>Calcul du prix du panier…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/quote_summary.py" line="114"/>
        <source>The cart cannot be priced: {0}</source>
        <translation>Le prix du panier ne peut être calculé&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="188"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="195"/>
        <source>Reason is required</source>
        <translation>Le motif est obligatoire</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="16"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="17"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="18"/>
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="19"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="24"/>
        <source>Return: {0}</source>
        <extracomment>Reasons written as a prefix and what the person typed.</extracomment>
        <translation>Retour : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="25"/>
        <source>Refund: {0}</source>
        <translation>Remboursement : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/reason_text.py" line="26"/>
        <source>Void: {0}</source>
        <translation>Annulation : {0}</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="55"/>
        <source>Store credit</source>
        <extracomment>The page layouts (AppSettings.receipt_page): an A5 page, or an 80 mm roll. The roll&apos;s margin on each side: what a roll printer cannot print on anyway. How a receipt names each way of paying (in English: shown through ``translate``).</extracomment>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="56"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="57"/>
        <source>Card (external terminal)</source>
        <translation>Carte (terminal externe)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="61"/>
        <source>store credit</source>
        <extracomment>Where a refund slip says the money went.</extracomment>
        <translation>l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="62"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipts.py" line="63"/>
        <source>card (external terminal)</source>
        <translation>carte (terminal externe)</translation>
    </message>
</context>
<context>
    <name>RegisterCustomerDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="102"/>
        <source>Register a customer</source>
        <translation>Inscrire un client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="107"/>
        <source>3-32 of a-z, 0-9, . _ -</source>
        <translation>3 à 32 parmi a-z, 0-9, . _ -</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="112"/>
        <source>optional; years</source>
        <translation>facultatif ; en années</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="115"/>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="117"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="118"/>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="119"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="120"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="123"/>
        <source>A&amp;ge</source>
        <translation>&amp;Âge</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="124"/>
        <source>&amp;Marital status</source>
        <translation>Situation &amp;familiale</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="125"/>
        <source>G&amp;ender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/customer_dialogs.py" line="126"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
</context>
<context>
    <name>RemoveOneDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="19"/>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="20"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="21"/>
        <source>Expired</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="22"/>
        <source>Used in the store</source>
        <translation>Utilisé dans le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="71"/>
        <source>Remove {0} from stock</source>
        <translation>Sortir {0} du stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="80"/>
        <source>Why is it taken out?</source>
        <translation>Pourquoi est-elle sortie ?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="81"/>
        <source>In stock now</source>
        <translation>En stock maintenant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="82"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="83"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="89"/>
        <source>Type how many units are taken out</source>
        <translation>Tapez combien d&apos;unités sont sorties</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="93"/>
        <source>Say why the unit is taken out</source>
        <translation>Dites pourquoi l&apos;unité est sortie</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="108"/>
        <source>Reset the password of {0}</source>
        <translation>Réinitialiser le mot de passe de {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="113"/>
        <source>New &amp;password</source>
        <translation>Nouveau mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="114"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="118"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="32"/>
        <source>Restock {0}</source>
        <translation>Réapprovisionner {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="39"/>
        <source>Restock</source>
        <translation>Réapprovisionner</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="41"/>
        <source>In stock now</source>
        <translation>En stock maintenant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="42"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="43"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="48"/>
        <source>Type how many arrived</source>
        <translation>Tapez combien sont arrivés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_dialogs.py" line="53"/>
        <source>A restock only adds stock: type how many arrived. To take units out, use Remove one or edit the product&apos;s stock.</source>
        <translation>Un réapprovisionnement ne fait qu&apos;ajouter du stock : tapez combien sont arrivés. Pour sortir des unités, utilisez Retirer un ou modifiez le stock du produit.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="55"/>
        <source>Return items</source>
        <translation>Retour d&apos;articles</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="61"/>
        <source>Sale number or the sale&apos;s UUID from the receipt</source>
        <translation>Numéro de vente ou UUID de la vente sur le ticket</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="63"/>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Can return</source>
        <translation>Retournable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="115"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="81"/>
        <source>optional: the terminal&apos;s approval code</source>
        <extracomment>What the chosen units give back, as the refund will work it out (pricing rule 7), and how the sale was paid, so that its money goes back the same way (the full-day trial refunded a cash, card and store-credit sale wholly in cash, unaware).</extracomment>
        <translation>facultatif&#xa0;: le code d&apos;autorisation du terminal</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="82"/>
        <source>Refund &amp;to</source>
        <translation>Rembourser &amp;en</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="83"/>
        <source>Card r&amp;eference</source>
        <translation>Référence car&amp;te</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="85"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="94"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="95"/>
        <source>Manager &amp;password</source>
        <translation>Mot de &amp;passe du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="102"/>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="138"/>
        <source>No sale with that number</source>
        <translation>Aucune vente avec ce numéro</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="160"/>
        <source>Paid: {0}</source>
        <translation>Payé : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="170"/>
        <source>Card (external terminal)</source>
        <translation>Carte (terminal externe)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="167"/>
        <source>Store credit (wallet)</source>
        <translation>Avoir (porte-monnaie)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="164"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="211"/>
        <source>Refund {0}</source>
        <translation>Remboursement {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="228"/>
        <source>Choose how many of which line to return</source>
        <translation>Choisissez combien de quelle ligne retourner</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="265"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="44"/>
        <source>All</source>
        <extracomment>How much of a comment the table shows; the detail area below has all of it. The service refuses longer search texts; the boxes stop typing there instead. Status filter entries: label, and the statuses the queue is asked for (None: all).</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="45"/>
        <source>Needs approval</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="46"/>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="47"/>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="91"/>
        <source>1 review</source>
        <translation>1 avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="92"/>
        <source>{0} reviews</source>
        <translation>{0} avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="109"/>
        <source>&amp;Approve</source>
        <extracomment>button text with its Alt mnemonic (Alt+F and Alt+V are the menus) plain letter, active while the table has focus works anywhere in the workspace, also while typing in a filter object name</extracomment>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="116"/>
        <source>F&amp;lag</source>
        <translation>Si&amp;gnaler</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="123"/>
        <source>Back to &amp;needs approval</source>
        <translation>&amp;Remettre à approuver</translation>
    </message>
</context>
<context>
    <name>ReviewsWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="148"/>
        <source>{0} ({1} in the list, or {2})</source>
        <translation>{0} ({1} dans la liste, ou {2})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="152"/>
        <source>Only managers and admins moderate reviews</source>
        <translation>Seuls les responsables et les administrateurs modèrent les avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="165"/>
        <source>Part of the product name</source>
        <translation>Une partie du nom du produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="167"/>
        <source>Part of the username</source>
        <translation>Une partie de l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="169"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="170"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="171"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="277"/>
        <source>Select a review to read it in full.</source>
        <translation>Choisissez un avis pour le lire en entier.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="281"/>
        <source>{0} · {1} ({2}) · by {3} · {4}</source>
        <translation>{0} · {1} ({2}) · par {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="289"/>
        <source>(no comment)</source>
        <translation>(sans commentaire)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/reviews.py" line="322"/>
        <source>{0} by {1}: {2} -&gt; {3}</source>
        <translation>{0} de {1} : {2} -&gt; {3}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="120"/>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="120"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="121"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SalePayment</name>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="201"/>
        <source>Completing the sale…</source>
        <extracomment>A manager is being asked to authorise the cart&apos;s discounts. The total the payment dialog showed: the sale is refused if it would charge another (the store&apos;s pricing changed meanwhile). The receipt printer: it prints once a sale is recorded, never before. The manager&apos;s authorisation typed for the sale being paid (its UUID), kept only until it is recorded: a sale offered offline after an online send failed is recorded with it. The payment dialog open, if any: it stays open while the customer&apos;s consent for a wallet part is asked over it, until the sale&apos;s outcome.</extracomment>
        <translation>Finalisation de la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="238"/>
        <source>Authorise the discount</source>
        <translation>Autoriser la remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="229"/>
        <source>{0}? They are over the cashiers&apos; limit. A manager authorises them by typing their username and password; nothing is charged until then.</source>
        <translation>{0}&#xa0;? Elles dépassent la limite des caissiers. Un responsable les autorise en tapant son identifiant et son mot de passe&#xa0;; rien n&apos;est encaissé d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="234"/>
        <source>The server cannot be reached: the sale is recorded at this counter, and only a manager who signed in here in the last {0} hours can authorise it.</source>
        <translation>Le serveur est injoignable : la vente est enregistrée à cette caisse, et seul un responsable connecté ici au cours des {0} dernières heures peut l&apos;autoriser.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="246"/>
        <source>Waiting for a manager to authorise the discount…</source>
        <translation>En attente de l&apos;autorisation d&apos;un responsable pour la remise…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="279"/>
        <source>Sale NOT completed: nothing was charged. No manager authorised the discount.</source>
        <translation>Vente NON effectuée&#xa0;: rien n&apos;a été encaissé. Aucun responsable n&apos;a autorisé la remise.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="308"/>
        <source>Sale completed: sale {0}, total {1}</source>
        <translation>Vente effectuée&#xa0;: vente {0}, total {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="331"/>
        <source>Receipt NOT printed: {0}</source>
        <translation>Ticket NON imprimé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="333"/>
        <source>The receipt of sale {0} did NOT print: {1}</source>
        <translation>Le ticket de la vente {0} NE s&apos;est PAS imprimé&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="336"/>
        <source>Sale {0} is completed, but its receipt did NOT print: {1}</source>
        <translation>La vente {0} est effectuée, mais son ticket NE s&apos;est PAS imprimé&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="353"/>
        <source>Checking the sale… the connection dropped; the cart is kept until we know.</source>
        <translation>Vérification de la vente… la connexion a été coupée&#xa0;; le panier est gardé jusqu&apos;à ce que l&apos;on sache.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="367"/>
        <source>Sale NOT completed: nothing was charged. {0}</source>
        <translation>Vente NON effectuée&#xa0;: rien n&apos;a été encaissé. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="382"/>
        <source>Checking the sale that was being paid…</source>
        <translation>Vérification de la vente qui était en cours de paiement…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="412"/>
        <source>Sale NOT completed: nothing was charged (the connection dropped before the sale was recorded). The cart is kept; press Pay to try again.</source>
        <translation>Vente NON effectuée&#xa0;: rien n&apos;a été encaissé (la connexion a été coupée avant l&apos;enregistrement de la vente). Le panier est gardé&#xa0;; appuyez sur Payer pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/paying.py" line="423"/>
        <source>Checking the sale… waiting for the database to come back.</source>
        <translation>Vérification de la vente… en attente du retour de la base de données.</translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="54"/>
        <source>1 sale</source>
        <translation>1 vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="56"/>
        <source>{0} sales</source>
        <translation>{0} ventes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="58"/>
        <source>{0}, {1} in total: {2} net of tax + {3} tax
Taken off: {4} in discounts, {5} in promotions</source>
        <translation>{0}, {1} au total : {2} hors taxe + {3} de taxe
Déduit : {4} de remises, {5} de promotions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="79"/>
        <source>Net of tax</source>
        <translation>Hors taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="79"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="81"/>
        <source>Sales per day, the tax in a lighter shade</source>
        <translation>Ventes par jour, la taxe en plus clair</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="90"/>
        <source>No products sold</source>
        <translation>Aucun produit vendu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="94"/>
        <source>Best sellers by units</source>
        <translation>Meilleures ventes en unités</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="104"/>
        <source>&lt;b&gt;Sales per day&lt;/b&gt; (whole store)</source>
        <translation>&lt;b&gt;Ventes par jour&lt;/b&gt; (tout le magasin)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/reports_panel.py" line="109"/>
        <source>&lt;b&gt;Best sellers (units, top {0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meilleures ventes (unités, top {0})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SalesWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="30"/>
        <source>split</source>
        <translation>mixte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="36"/>
        <source>walk-in</source>
        <translation>de passage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="107"/>
        <source>1 sale matches the filters</source>
        <translation>1 vente correspond aux filtres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="108"/>
        <source>{0:,} sales match the filters</source>
        <translation>{0:,} ventes correspondent aux filtres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="113"/>
        <source>Exported 1 sale to {0}</source>
        <translation>1 vente exportée vers {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="114"/>
        <source>Exported {0:,} sales to {1}</source>
        <translation>{0:,} ventes exportées vers {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="122"/>
        <source>&lt;b&gt;Sale {0}&lt;/b&gt; · {1} · {2} · total &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vente {0}&lt;/b&gt; · {1} · {2} · total &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/sale_columns.py" line="125"/>
        <source> · refunded {0} · net &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation> · remboursé {0} · net &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="95"/>
        <source>&amp;History</source>
        <extracomment>The period shown when the workspace opens: the last seven days, today included.</extracomment>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="100"/>
        <source>Rep&amp;orts</source>
        <translation>Rapp&amp;orts</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="102"/>
        <source>Shifts (&amp;Z report)</source>
        <translation>Services (rapport &amp;Z)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="117"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="117"/>
        <source>Load the sales again</source>
        <translation>Recharger les ventes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="120"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="123"/>
        <source>Export the listed sales to a CSV file</source>
        <translation>Exporter les ventes listées dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="127"/>
        <source>Re&amp;print receipt…</source>
        <translation>Réimprimer le &amp;ticket…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="130"/>
        <source>Show, print or save the selected sale&apos;s receipt</source>
        <translation>Afficher, imprimer ou enregistrer le ticket de la vente choisie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="135"/>
        <source>Voi&amp;d sale…</source>
        <translation>A&amp;nnuler la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="138"/>
        <source>Void the selected sale</source>
        <translation>Annuler la vente choisie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="149"/>
        <source>username, Enter</source>
        <translation>identifiant, Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="150"/>
        <source>Type a customer&apos;s username and press Enter (Ctrl+F)</source>
        <translation>Tapez l&apos;identifiant d&apos;un client puis Entrée (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="153"/>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="276"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="155"/>
        <source>scan or type, Enter</source>
        <translation>scannez ou tapez, Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="156"/>
        <source>Only sales of the product with this barcode</source>
        <translation>Seulement les ventes du produit portant ce code-barres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="158"/>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="159"/>
        <source>Apply the filters (Enter in a filter field)</source>
        <translation>Appliquer les filtres (Entrée dans un champ de filtre)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="160"/>
        <source>&amp;Clear filters</source>
        <translation>Effa&amp;cer les filtres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="166"/>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="167"/>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="168"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="171"/>
        <source>Ca&amp;shier</source>
        <translation>&amp;Vendeur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="177"/>
        <source>Product &amp;barcode</source>
        <translation>Code-&amp;barres du produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="419"/>
        <source>Select a sale to see its lines and payments.</source>
        <translation>Choisissez une vente pour voir ses lignes et ses paiements.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="426"/>
        <source>Ref. {0}</source>
        <translation>Réf. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="432"/>
        <source>Wallet balance after: {0}</source>
        <translation>Solde du porte-monnaie après : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="441"/>
        <source>Select a sale to reprint its receipt</source>
        <translation>Choisissez une vente pour réimprimer son ticket</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="445"/>
        <source>Receipt of sale {0}</source>
        <translation>Ticket de la vente {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="457"/>
        <source>Select a sale to void it</source>
        <translation>Choisissez une vente pour l&apos;annuler</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="464"/>
        <source>Sale {0} voided: {1}</source>
        <translation>Vente {0} annulée : {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/sales.py" line="473"/>
        <source>Export sales history</source>
        <translation>Exporter l&apos;historique des ventes</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="38"/>
        <source>It goes back to moderation and shows to others once approved.</source>
        <extracomment>Rows fetched at a time when walking a whole history (the service allows up to 1000).</extracomment>
        <translation>Il repasse en modération et sera visible des autres une fois approuvé.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="109"/>
        <source>Write a review</source>
        <translation>Écrire un avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="138"/>
        <source>Edit your review of {0}</source>
        <translation>Modifier votre avis sur {0}</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="175"/>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="257"/>
        <source>Hello, {0}</source>
        <extracomment>The review to select once the list has loaded.</extracomment>
        <translation>Bonjour, {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="178"/>
        <source>Wallet balance</source>
        <translation>Solde du porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="180"/>
        <source>&amp;Write review…</source>
        <translation>É&amp;crire un avis…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="183"/>
        <source>Review a product you bought</source>
        <translation>Donner votre avis sur un produit acheté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="186"/>
        <source>&amp;Edit review…</source>
        <translation>&amp;Modifier l&apos;avis…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="186"/>
        <source>Edit your review</source>
        <translation>Modifier votre avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="189"/>
        <source>&amp;Delete review…</source>
        <translation>&amp;Supprimer l&apos;avis…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="189"/>
        <source>Delete your review</source>
        <translation>Supprimer votre avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="192"/>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="192"/>
        <source>Load everything again</source>
        <translation>Tout recharger</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="210"/>
        <source>Wa&amp;llet</source>
        <translation>&amp;Porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="211"/>
        <source>&amp;Purchases</source>
        <translation>&amp;Achats</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="212"/>
        <source>Rev&amp;iews</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="259"/>
        <source>Wallet balance {0}</source>
        <translation>Solde du porte-monnaie {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="300"/>
        <source>You have reviewed everything you bought.</source>
        <translation>Vous avez donné votre avis sur tout ce que vous avez acheté.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="302"/>
        <source>Reviews are for products you bought; there are no purchases yet.</source>
        <translation>Les avis portent sur les produits achetés ; il n&apos;y a pas encore d&apos;achat.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="308"/>
        <source>Your review of {0} was written.</source>
        <translation>Votre avis sur {0} est écrit.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="320"/>
        <source>Your review of {0} was changed.</source>
        <translation>Votre avis sur {0} est modifié.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="341"/>
        <source>Delete review</source>
        <translation>Supprimer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="342"/>
        <source>Delete your review of {0}?</source>
        <translation>Supprimer votre avis sur {0} ?</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="343"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="357"/>
        <source>Your review of {0} was deleted</source>
        <translation>Votre avis sur {0} est supprimé</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="396"/>
        <source>Cash tendered</source>
        <extracomment>The fields&apos; labels the services put into their messages (&quot;{label} is required&quot;).</extracomment>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="397"/>
        <source>Card amount</source>
        <translation>Montant par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="398"/>
        <source>Wallet amount</source>
        <translation>Montant du portefeuille</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="399"/>
        <source>The total shown</source>
        <translation>Le total affiché</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="400"/>
        <source>The discount</source>
        <translation>La remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="401"/>
        <source>The discount&apos;s percent</source>
        <translation>Le pourcentage de remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="402"/>
        <source>The discount&apos;s reason</source>
        <translation>Le motif de la remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="403"/>
        <source>The card total</source>
        <translation>Le total des cartes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="404"/>
        <source>The limit</source>
        <translation>La limite</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="405"/>
        <source>A denomination</source>
        <translation>Une coupure</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="406"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="407"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="408"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="409"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="410"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="411"/>
        <source>Opening float</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="412"/>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="413"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="414"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="415"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="416"/>
        <source>Units to return</source>
        <translation>Unités à rendre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="417"/>
        <source>Units returned before</source>
        <translation>Unités déjà rendues</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="418"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="419"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="420"/>
        <source>Refund method</source>
        <translation>Mode de remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="421"/>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="120"/>
        <source>Stock</source>
        <extracomment>Labels of the import&apos;s fields the services put into their messages (&quot;{label} ...&quot;).</extracomment>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="121"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="122"/>
        <source>Variable price</source>
        <translation>Prix variable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="123"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="124"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="125"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="43"/>
        <source>Invalid username or password</source>
        <extracomment>The English templates, longest and most particular first where two could match.</extracomment>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="44"/>
        <source>Please sign in first</source>
        <translation>Connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="45"/>
        <source>A {role} may not do this ({op})</source>
        <translation>Le rôle {role} ne permet pas cette action ({op})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="46"/>
        <source>A manager must authorise this</source>
        <translation>Un responsable doit autoriser cette action</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="47"/>
        <source>{name} is not a manager; a manager must authorise this</source>
        <translation>{name} n&apos;est pas responsable ; un responsable doit autoriser cette action</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="48"/>
        <source>Customers can only see and change their own records</source>
        <translation>Un client ne voit et ne modifie que ses propres données</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="49"/>
        <source>Password cannot be only spaces</source>
        <translation>Le mot de passe ne peut pas être fait que d&apos;espaces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="50"/>
        <source>Password cannot be the username</source>
        <translation>Le mot de passe ne peut pas être le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="51"/>
        <source>This password is one of the most common ones; choose another</source>
        <translation>Ce mot de passe est parmi les plus courants ; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="54"/>
        <source>Password must be at least {count} characters</source>
        <translation>Le mot de passe doit compter au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="55"/>
        <source>Password must be at most {count} bytes</source>
        <translation>Le mot de passe doit faire au plus {count} octets</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="57"/>
        <source>Insufficient funds: balance {balance}, total {total}</source>
        <translation>Solde insuffisant : solde {balance}, total {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="58"/>
        <source>{name} is out of stock</source>
        <translation>{name} est en rupture de stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="59"/>
        <source>Only {available} left of {name} (asked for {requested})</source>
        <translation>Il ne reste que {available} de {name} ({requested} demandés)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="61"/>
        <source>Scan or type a barcode</source>
        <translation>Scannez ou tapez un code-barres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="62"/>
        <source>No product has barcode {code}</source>
        <translation>Aucun produit n&apos;a le code-barres {code}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="63"/>
        <source>{name} is no longer sold</source>
        <translation>{name} n&apos;est plus en vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="64"/>
        <source>{name} (barcode {code}) is not sold by price label; a manager can mark it variable-price in Inventory</source>
        <translation>{name} (code-barres {code}) ne se vend pas par étiquette de prix ; un responsable peut le passer en prix variable dans Stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="69"/>
        <source>Quantity must be between 1 and {max}</source>
        <translation>La quantité doit être entre 1 et {max}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="70"/>
        <source>The same product appears at two prices</source>
        <translation>Le même produit figure à deux prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="71"/>
        <source>The same product appears with two discounts</source>
        <translation>Le même produit figure avec deux remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="73"/>
        <source>The price of {name} changed from {old} to {new}; check the cart</source>
        <translation>Le prix de {name} est passé de {old} à {new} ; vérifiez le panier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="76"/>
        <source>The total is now {total}, not the {shown} shown: the store&apos;s prices, taxes or promotions changed; check the total</source>
        <translation>Le total est maintenant {total}, et non {shown} comme affiché : les prix, taxes ou promotions du magasin ont changé ; vérifiez le total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="81"/>
        <source>The tax rate of {name} changed since the cart was priced; check the total</source>
        <translation>Le taux de taxe de {name} a changé depuis le calcul du panier ; vérifiez le total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="85"/>
        <source>The promotion on {name} ({promotion}) has ended; check the total</source>
        <translation>La promotion sur {name} ({promotion}) est terminée ; vérifiez le total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="88"/>
        <source>A promotion ({promotion}) now applies to {name}; check the total</source>
        <translation>Une promotion ({promotion}) s&apos;applique maintenant à {name} ; vérifiez le total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="91"/>
        <source>The store&apos;s prices kept changing while the sale was recorded; try again</source>
        <translation>Les prix du magasin ont changé pendant l&apos;enregistrement de la vente ; réessayez</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="94"/>
        <source>The sale could not be completed as it stood; try again</source>
        <translation>La vente n&apos;a pas pu être conclue en l&apos;état ; réessayez</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="96"/>
        <source>A discount of more than {limit}% needs a manager&apos;s authorisation</source>
        <translation>Une remise de plus de {limit} % demande l&apos;autorisation d&apos;un responsable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="99"/>
        <source>A discount is a percent or an amount, not both</source>
        <translation>Une remise est un pourcentage ou un montant, pas les deux</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="100"/>
        <source>A discount cannot be negative</source>
        <translation>Une remise ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="102"/>
        <source>Attach a customer to pay from a wallet</source>
        <translation>Associez un client pour payer avec un portefeuille</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="103"/>
        <source>Wallet amount {amount} is more than the total {total}</source>
        <translation>Le montant du portefeuille {amount} dépasse le total {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="104"/>
        <source>Card amount {amount} is more than the total {total}</source>
        <translation>Le montant par carte {amount} dépasse le total {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="105"/>
        <source>Card amount {amount} is more than the {left} left to pay</source>
        <translation>Le montant par carte {amount} dépasse les {left} restant à payer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="108"/>
        <source>Cash tendered {tendered} does not cover {cash}</source>
        <translation>Les espèces remises {tendered} ne couvrent pas {cash}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="109"/>
        <source>Cash tendered {tendered} leaves more than {most} of change</source>
        <translation>Les espèces reçues {tendered} laissent plus de {most} de monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="112"/>
        <source>A card reference needs a card amount</source>
        <translation>Une référence de carte demande un montant par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="113"/>
        <source>Card reference may hold only letters, digits, spaces and / # * . -</source>
        <translation>La référence de carte ne peut contenir que des lettres, des chiffres, des espaces et / # * . -</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="117"/>
        <source>Customer &apos;{name}&apos; is deactivated: their wallet is frozen until a manager reactivates them</source>
        <translation>Le client « {name} » est désactivé : son portefeuille est gelé jusqu&apos;à ce qu&apos;un responsable le réactive</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="121"/>
        <source>Customer &apos;{name}&apos; is deactivated</source>
        <translation>Le client « {name} » est désactivé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="122"/>
        <source>Customer &apos;{name}&apos; not found</source>
        <translation>Client « {name} » introuvable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="123"/>
        <source>Customer &apos;{name}&apos; has no wallet</source>
        <translation>Le client « {name} » n&apos;a pas de portefeuille</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="124"/>
        <source>Customer &apos;{name}&apos; is already active</source>
        <translation>Le client « {name} » est déjà actif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="125"/>
        <source>No shift is open at counter {counter}: open a shift (count the float) before selling</source>
        <translation>Aucun service n&apos;est ouvert à la caisse {counter} : ouvrez un service (comptez le fonds de caisse) avant de vendre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="134"/>
        <source>No shift is open at counter {counter}</source>
        <translation>Aucun service n&apos;est ouvert à la caisse {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="129"/>
        <source>No shift is open at counter {counter}: open a shift (count the float) before paying a refund in cash</source>
        <translation>Aucun poste n&apos;est ouvert à la caisse {counter} : ouvrez un poste (comptez le fond de caisse) avant de rembourser en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="135"/>
        <source>A shift is already open at counter {counter}</source>
        <translation>Un service est déjà ouvert à la caisse {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="136"/>
        <source>Shifts are kept per counter: name this counter first</source>
        <translation>Les services sont tenus par caisse : nommez d&apos;abord cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="137"/>
        <source>The period must end after it starts</source>
        <translation>La période doit finir après son début</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="139"/>
        <source>Only {left} of {name} can still be returned (sold {sold}, returned {returned})</source>
        <translation>Seuls {left} de {name} peuvent encore être rendus (vendus {sold}, rendus {returned})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="143"/>
        <source>Only {left} can go back to the card (paid {paid} by card); refund the rest in cash or to store credit</source>
        <translation>Seuls {left} peuvent être remboursés sur la carte ({paid} payés par carte) ; remboursez le reste en espèces ou en avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="148"/>
        <source>This was a walk-in sale: refund in cash</source>
        <translation>C&apos;était une vente sans client : remboursez en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="149"/>
        <source>No card paid for this sale: refund in cash or to store credit</source>
        <translation>Aucune carte n&apos;a payé cette vente : remboursez en espèces ou en avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/return_dialog.py" line="177"/>
        <location filename="../../pos_app/ui/service_messages.py" line="152"/>
        <source>Sale #{sale} was voided: nothing is left to return</source>
        <translation>La vente n° {sale} a été annulée : il n&apos;y a plus rien à rendre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="153"/>
        <source>The customer has no wallet; refund in cash</source>
        <translation>Le client n&apos;a pas de portefeuille ; remboursez en espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="154"/>
        <source>A terminal reference goes with a refund to card</source>
        <translation>Une référence de terminal va avec un remboursement sur carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="155"/>
        <source>Sale #{sale} is already void</source>
        <translation>La vente n° {sale} est déjà annulée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="157"/>
        <source>Store credit needs the server; take cash or card</source>
        <translation>L&apos;avoir demande le serveur ; prenez des espèces ou une carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="158"/>
        <source>Top-ups need the server: the wallet&apos;s balance is kept there. Try again when the server is back</source>
        <translation>Les recharges demandent le serveur : le solde du portefeuille y est tenu. Réessayez quand le serveur sera de retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="163"/>
        <source>Refunds need the server: the sale being refunded and its payments are kept there. Try again when the server is back</source>
        <translation>Les remboursements demandent le serveur : la vente remboursée et ses paiements y sont tenus. Réessayez quand le serveur sera de retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="168"/>
        <source>Discounts need the server; sell at the shelf price or wait</source>
        <translation>Les remises demandent le serveur ; vendez au prix affiché ou patientez</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="171"/>
        <source>No manager has signed in at this counter in the last {hours} hours; one who has can authorise this offline, or wait for the server</source>
        <translation>Aucun responsable ne s&apos;est connecté à cette caisse au cours des {hours} dernières heures&#xa0;; un responsable qui s&apos;y est connecté peut l&apos;autoriser hors ligne, sinon attendez le retour du serveur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="176"/>
        <source>Name this counter before selling offline</source>
        <translation>Nommez cette caisse avant de vendre hors ligne</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="177"/>
        <source>This counter is not registered for offline sales: a manager signs in here once while the server answers</source>
        <translation>Cette caisse n&apos;est pas enregistrée pour les ventes hors ligne&#xa0;: un responsable s&apos;y connecte une fois pendant que le serveur répond</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="182"/>
        <source>You have not signed in at this counter while the server answered in the last {hours} hours: sign in again when it is back, or wait for the server</source>
        <translation>Vous ne vous êtes pas connecté à cette caisse pendant que le serveur répondait au cours des {hours} dernières heures&#xa0;: reconnectez-vous quand il sera revenu, ou attendez le serveur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="187"/>
        <source>The cart comes to {total}, not the {shown} shown</source>
        <translation>Le panier fait {total}, et non {shown} comme affiché</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="188"/>
        <source>Store credit offline is limited to {amount} for this customer; take the rest in cash or card</source>
        <translation>L&apos;avoir hors ligne est limité à {amount} pour ce client ; prenez le reste en espèces ou par carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="193"/>
        <source>This customer&apos;s store credit for offline use expired at {moment}; take cash or card</source>
        <translation>L&apos;avoir de ce client utilisable hors ligne a expiré à {moment} ; prenez des espèces ou une carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="197"/>
        <source>Name this counter before reserving store credit</source>
        <translation>Nommez cette caisse avant de réserver de l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="198"/>
        <source>This was resolved already by another manager</source>
        <translation>Un autre responsable l&apos;a déjà résolu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="199"/>
        <source>Choose a flagged sale or a conflict to resolve</source>
        <translation>Choisissez une vente signalée ou un conflit à résoudre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="200"/>
        <source>No refused offline sale #{sale} at this counter</source>
        <translation>Aucune vente hors ligne refusée n° {sale} à cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="202"/>
        <source>Cannot reach the printer at {printer}: {reason}</source>
        <translation>Impossible de joindre l&apos;imprimante {printer} : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="203"/>
        <source>The printer at {printer} failed: {reason}</source>
        <translation>L&apos;imprimante {printer} a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="205"/>
        <source>The price of {name} is {price}, not {shown}; check the cart</source>
        <translation>Le prix de {name} est {price}, et non {shown} ; vérifiez le panier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="208"/>
        <source>{name} (barcode {code}) is not sold by price label</source>
        <translation>{name} (code-barres {code}) ne se vend pas par étiquette de prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="209"/>
        <source>Only {left} of {sold} are left to return</source>
        <translation>Il ne reste que {left} sur {sold} à rendre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="210"/>
        <source>A discount is either a percent or an amount: give one</source>
        <translation>Une remise est un pourcentage ou un montant : donnez-en un</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="211"/>
        <source>A discount is either a percent or an amount, not both</source>
        <translation>Une remise est un pourcentage ou un montant, pas les deux</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="212"/>
        <source>A discount needs a reason</source>
        <translation>Une remise demande un motif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="213"/>
        <source>A discount cannot be larger than {max}</source>
        <translation>Une remise ne peut pas dépasser {max}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="214"/>
        <source>That parked cart was already resumed or discarded</source>
        <translation>Ce panier en attente a déjà été repris ou abandonné</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="215"/>
        <source>The cart cannot be saved on this computer ({reason}). Finish or park this sale; a crash now would lose it.</source>
        <translation>Le panier ne peut pas être enregistré sur cet ordinateur ({reason}). Terminez ou mettez en attente cette vente ; un plantage maintenant la perdrait.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="220"/>
        <source>The cart left at this counter cannot be read ({reason}).</source>
        <translation>Le panier laissé à cette caisse ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="223"/>
        <source>This counter&apos;s offline sales are unavailable ({reason})</source>
        <translation>Les ventes hors ligne de cette caisse sont indisponibles ({reason})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="224"/>
        <source>The queue of receipts not printed is unavailable ({reason})</source>
        <translation>La file des tickets non imprimés est indisponible ({reason})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="227"/>
        <source>No sale was recorded offline here as {number}</source>
        <translation>Aucune vente n&apos;a été enregistrée hors ligne ici sous le n° {number}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="228"/>
        <source>The manager&apos;s authorisation is not readable</source>
        <translation>L&apos;autorisation du responsable est illisible</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="229"/>
        <source>Sign in as a manager to resolve this</source>
        <translation>Connectez-vous en tant que responsable pour résoudre ceci</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="230"/>
        <source>The count differs from what the drawer should hold by more than the store allows: a manager must approve this close</source>
        <translation>Le comptage s&apos;écarte de ce que le tiroir devrait contenir de plus que le magasin ne le permet : un responsable doit approuver cette clôture</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="235"/>
        <source>{reason}: a manager must approve this close</source>
        <translation>{reason} : un responsable doit approuver cette clôture</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="236"/>
        <source>Sale #{sale} is not of a shift still open: take it back as a return</source>
        <translation>La vente n° {sale} n&apos;appartient pas à un service encore ouvert : reprenez-la comme un retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="239"/>
        <source>Sale #{sale} has a return already: return the rest instead</source>
        <translation>La vente n° {sale} a déjà un retour : rendez plutôt le reste</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="242"/>
        <source>That is more than the drawer should hold: count it and try a smaller paid-out</source>
        <translation>C&apos;est plus que ce que le tiroir devrait contenir : comptez-le et essayez une sortie plus petite</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="246"/>
        <source>The card total is from 0.00 up</source>
        <translation>Le total des cartes va de 0,00 vers le haut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="247"/>
        <source>Line #{line} is not part of this sale</source>
        <translation>La ligne n° {line} ne fait pas partie de cette vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="248"/>
        <source>Sale {sale} not found</source>
        <translation>Vente {sale} introuvable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="249"/>
        <source>Not a sale number: {value}</source>
        <translation>Ce n&apos;est pas un numéro de vente : {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="250"/>
        <source>Barcode {code} is already used by another product</source>
        <translation>Le code-barres {code} est déjà utilisé par un autre produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="251"/>
        <source>Username &apos;{name}&apos; is already taken</source>
        <translation>Le nom d&apos;utilisateur « {name} » est déjà pris</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="252"/>
        <source>You cannot deactivate your own account</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="253"/>
        <source>You are the last active admin: make someone else admin first</source>
        <translation>Vous êtes le dernier administrateur actif : nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="256"/>
        <source>{name} is the last active admin: make someone else admin first</source>
        <translation>{name} est le dernier administrateur actif : nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="259"/>
        <source>There is no category {name}</source>
        <translation>Il n&apos;y a pas de catégorie {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="260"/>
        <source>Category &apos;{name}&apos; is retired: choose another or reactivate it</source>
        <translation>La catégorie « {name} » est retirée : choisissez-en une autre ou réactivez-la</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="263"/>
        <source>Category &apos;{name}&apos; already exists</source>
        <translation>La catégorie « {name} » existe déjà</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="264"/>
        <source>You have already reviewed this product; edit that review instead</source>
        <translation>Vous avez déjà évalué ce produit ; modifiez plutôt cet avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="267"/>
        <source>You can only review products you bought ({name})</source>
        <translation>Vous ne pouvez évaluer que les produits que vous avez achetés ({name})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="268"/>
        <source>Choose a period of at most a year, first day first</source>
        <translation>Choisissez une période d&apos;au plus un an, le premier jour d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="269"/>
        <source>The list&apos;s order changed: start again from the top</source>
        <translation>L&apos;ordre de la liste a changé : recommencez depuis le haut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="270"/>
        <source>An administrator already exists; sign in instead</source>
        <translation>Un administrateur existe déjà ; connectez-vous plutôt</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="271"/>
        <source>Unknown currency {code}: use one of the ISO codes {codes}</source>
        <translation>Monnaie inconnue {code} : utilisez l&apos;un des codes ISO {codes}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="274"/>
        <source>There is no folder {path}: create it first</source>
        <translation>Il n&apos;y a pas de dossier {path} : créez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="275"/>
        <source>The folder {path} is not writable</source>
        <translation>Le dossier {path} n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="276"/>
        <source>Give the backup folder&apos;s full path (e.g. /media/usb/backups)</source>
        <translation>Donnez le chemin complet du dossier de sauvegarde (p. ex. /media/usb/backups)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="279"/>
        <source>Tax rate {name} is retired</source>
        <translation>Le taux de taxe {name} est retiré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="280"/>
        <source>There is already a tax rate named {name}</source>
        <translation>Il existe déjà un taux de taxe nommé {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="281"/>
        <source>{name} is the store&apos;s default rate: choose another first</source>
        <translation>{name} est le taux par défaut du magasin : choisissez-en un autre d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="284"/>
        <source>An exempt rate has no tax: its percent is 0</source>
        <translation>Un taux exonéré n&apos;a pas de taxe : son pourcentage est 0</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="285"/>
        <source>A promotion needs a name</source>
        <translation>Une promotion demande un nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="286"/>
        <source>Name at least one note or coin</source>
        <translation>Nommez au moins un billet ou une pièce</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="287"/>
        <source>The limit is from 0.00 up</source>
        <translation>La limite va de 0,00 vers le haut</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="289"/>
        <source>The database at {address} cannot be reached. Check the connection and try again.</source>
        <translation>La base de données {address} est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="293"/>
        <source>The database is busy with other counters; nothing was changed. Try again.</source>
        <translation>La base de données est occupée par d&apos;autres caisses ; rien n&apos;a été modifié. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="297"/>
        <source>The database refused the change ({reason})</source>
        <translation>La base de données a refusé la modification ({reason})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="298"/>
        <source>This database was set up by a newer version of Counter POS (schema {schema}). Update this program; the database was not changed.</source>
        <translation>Cette base de données a été créée par une version plus récente de Counter POS (schéma {schema}). Mettez ce programme à jour ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="303"/>
        <source>This counter&apos;s file {path} failed: {reason}</source>
        <translation>Le fichier de cette caisse {path} a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="304"/>
        <source>The saved cart in {path} is unreadable</source>
        <translation>Le panier enregistré dans {path} est illisible</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="305"/>
        <source>The barcode {code} does not check out (its last digit should be {digit}): it was misread; scan it again or type the product</source>
        <translation>Le code-barres {code} n&apos;est pas valide (son dernier chiffre devrait être {digit}) : il a été mal lu ; scannez-le de nouveau ou tapez le produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="310"/>
        <source>Price barcode prefixes are a list like 20, 21</source>
        <translation>Les préfixes des codes-barres à prix sont une liste comme 20, 21</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="311"/>
        <source>Price barcode prefixes are two digits from 20 to 29, not {value}</source>
        <translation>Les préfixes des codes-barres à prix sont deux chiffres de 20 à 29, pas {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="314"/>
        <source>Cash rounding must be one of {allowed} cents (got {value})</source>
        <translation>L&apos;arrondi espèces doit être l&apos;un de {allowed} centimes (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="317"/>
        <source>A discount must be whole cents, not {value}</source>
        <translation>Une remise doit être en centimes entiers, pas {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="318"/>
        <source>A line cannot be that large</source>
        <translation>Une ligne ne peut pas être aussi grande</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="319"/>
        <source>Staff role must be cashier, manager or admin</source>
        <translation>Le rôle doit être caissier, responsable ou administrateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="320"/>
        <source>Stock changes through a restock or an adjustment</source>
        <translation>Le stock change par un réapprovisionnement ou un ajustement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="321"/>
        <source>A time zone is needed</source>
        <translation>Un fuseau horaire est nécessaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="323"/>
        <source>{name} cannot be over 100%</source>
        <translation>{name} ne peut pas dépasser 100 %</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="324"/>
        <source>{name} needs at least one product</source>
        <translation>{name} demande au moins un produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="325"/>
        <source>{name} covers products, not a category</source>
        <translation>{name} couvre des produits, pas une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="326"/>
        <source>{name} covers a category, not products</source>
        <translation>{name} couvre une catégorie, pas des produits</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="327"/>
        <source>{name} needs a category</source>
        <translation>{name} demande une catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="328"/>
        <source>{name} must end after it starts</source>
        <translation>{name} doit finir après son début</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="329"/>
        <source>{name}: the percent must be more than 0</source>
        <translation>{name} : le pourcentage doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="330"/>
        <source>{name}: the price {price} is not a whole number of the store&apos;s currency</source>
        <translation>{name} : le prix {price} n&apos;est pas un nombre entier de la monnaie du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="333"/>
        <source>{name} saves nothing on product {id}: {quantity} cost {price} at the shelf price</source>
        <translation>{name} ne fait rien gagner sur le produit {id} : {quantity} coûtent {price} au prix affiché</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="337"/>
        <source>{label} can have at most 4 decimals (got {value})</source>
        <translation>{label} : au plus 4 décimales (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="338"/>
        <source>{label} can have at most {max} items</source>
        <translation>{label} : {max} éléments au plus</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="339"/>
        <source>{label} must be yes or no</source>
        <translation>{label} doit être oui ou non</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="340"/>
        <source>{label} must be a whole number of the currency, without decimals (got {value})</source>
        <translation>{label} doit être un nombre entier de la monnaie, sans décimales (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="344"/>
        <source>{label} must be a whole number of {currency}, without decimals (got {value})</source>
        <translation>{label} doit être un nombre entier de {currency}, sans décimales (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="348"/>
        <source>{label} must be a whole number, not {value}</source>
        <translation>{label} doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="349"/>
        <source>{label} must be at least {min}</source>
        <translation>{label} doit valoir au moins {min}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="350"/>
        <source>{label} must be one of: {allowed} (got {value})</source>
        <translation>{label} doit être l&apos;un de : {allowed} (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="351"/>
        <source>{label} must be a date and time with a time zone</source>
        <translation>{label} doit être une date et une heure avec un fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="352"/>
        <source>{label} is out of range</source>
        <translation>{label} : valeur hors limites</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="353"/>
        <source>{label} is not one of the store&apos;s denominations</source>
        <translation>{label} n&apos;est pas une des coupures du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="354"/>
        <source>{label} can have at most two decimals: {value} (type amounts without thousands separators)</source>
        <translation>{label} : au plus deux décimales ({value}) ; tapez les montants sans séparateur de milliers</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="359"/>
        <source>{label} can have at most two decimals: {value}</source>
        <translation>{label} : au plus deux décimales ({value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="360"/>
        <source>{label} must be digits with at most one decimal point, like 20 or 19.99 (got {value})</source>
        <translation>{label} : des chiffres avec au plus un séparateur décimal, comme 20 ou 19,99 (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="364"/>
        <source>{label} is not a number: {value}</source>
        <translation>{label} n&apos;est pas un nombre : {value}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="365"/>
        <source>{label} must be a finite number</source>
        <translation>{label} doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="366"/>
        <source>{label} is too large</source>
        <translation>{label} : valeur trop grande</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="367"/>
        <source>{label} is required</source>
        <translation>{label} : champ obligatoire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="368"/>
        <source>{label} cannot be negative</source>
        <translation>{label} ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="369"/>
        <source>{label} must be more than 0.00</source>
        <translation>{label} doit être supérieur à 0,00</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="370"/>
        <source>{label} must be more than {min}</source>
        <translation>{label} doit être supérieur à {min}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="371"/>
        <source>{label} must be at most {max} characters</source>
        <translation>{label} : {max} caractères au plus</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="372"/>
        <source>{label} must be at most {max}</source>
        <translation>{label} : {max} au plus</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="373"/>
        <source>{label} must be between {low} and {high}</source>
        <translation>{label} doit être entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="374"/>
        <source>{label} must be a whole number</source>
        <translation>{label} doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="375"/>
        <source>{label} contains a character that is not allowed</source>
        <translation>{label} contient un caractère non autorisé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="376"/>
        <source>Price cannot be negative</source>
        <translation>Le prix ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="377"/>
        <source>Username must be 3-32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Le nom d&apos;utilisateur doit compter 3 à 32 caractères parmi a-z, 0-9, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="380"/>
        <source>Phone may hold only digits, spaces and + - ( )</source>
        <translation>Le téléphone ne peut contenir que des chiffres, des espaces et + - ( )</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="381"/>
        <source>E-mail must look like name@example.com</source>
        <translation>L&apos;e-mail doit ressembler à nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="382"/>
        <source>Barcode must be 1-64 letters, digits or &apos;-&apos;</source>
        <translation>Le code-barres doit compter 1 à 64 lettres, chiffres ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="383"/>
        <source>Nothing to update: no fields were given</source>
        <translation>Rien à modifier : aucun champ n&apos;a été donné</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="388"/>
        <source>{label} #{id} not found</source>
        <translation>{label} n° {id} introuvable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/service_messages.py" line="389"/>
        <source>{label} {value} not found</source>
        <translation>{label} {value} introuvable</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="20"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="21"/>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{path} n&apos;est pas un texte UTF-8 ; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="22"/>
        <source>{path} is not a valid CSV file: {reason}</source>
        <translation>{path} n&apos;est pas un fichier CSV valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="23"/>
        <source>{path} is empty</source>
        <translation>{path} est vide</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="24"/>
        <source>Unknown column &apos;{name}&apos;; the columns are {columns}</source>
        <translation>Colonne « {name} » inconnue ; les colonnes possibles sont {columns}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="25"/>
        <source>Column &apos;{name}&apos; appears twice</source>
        <translation>La colonne « {name} » figure deux fois</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="26"/>
        <source>Columns missing from the file: {columns}</source>
        <translation>Colonnes absentes du fichier : {columns}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="28"/>
        <source>Unknown column &apos;{name}&apos;</source>
        <translation>Colonne « {name} » inconnue</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="29"/>
        <source>Barcode {code} is also on row {row}</source>
        <translation>Le code-barres {code} figure aussi au produit n° {row} du fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="30"/>
        <source>Barcode {code} is already used</source>
        <translation>Le code-barres {code} est déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="31"/>
        <source>A variable-price product&apos;s barcode is its label&apos;s prefix (20-29) and item code: 7 digits, e.g. 2012345</source>
        <translation>Le code-barres d&apos;un produit à prix variable est le préfixe de son étiquette (20-29) suivi du code article : 7 chiffres, p. ex. 2012345</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="37"/>
        <source>{path} already exists; choose a new file name. Nothing was written</source>
        <translation>{path} existe déjà ; choisissez un nouveau nom de fichier. Rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="40"/>
        <source>There is no folder {path}; nothing was written</source>
        <translation>Il n&apos;y a pas de dossier {path} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="41"/>
        <source>The folder {path} is not writable; nothing was written</source>
        <translation>Le dossier {path} n&apos;est pas accessible en écriture ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="42"/>
        <source>No database file at {path}; nothing was written</source>
        <translation>Aucun fichier de base de données à l&apos;emplacement {path} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="43"/>
        <source>{path} holds no Counter POS data; nothing was written</source>
        <translation>{path} ne contient aucune donnée de Counter POS ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="44"/>
        <source>{path} cannot be read as a database ({reason}); nothing was written</source>
        <translation>{path} ne peut pas être lu comme une base de données ({reason}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="47"/>
        <source>The copy is damaged ({reason}); nothing was written</source>
        <translation>La copie est endommagée ({reason}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="48"/>
        <source>An in-memory database cannot be backed up or restored</source>
        <translation>Une base de données en mémoire ne peut être ni sauvegardée ni restaurée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="50"/>
        <source>Type the path of the file to write</source>
        <translation>Saisissez le chemin du fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="51"/>
        <source>Type the path of the counter file</source>
        <translation>Saisissez le chemin du fichier de caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="52"/>
        <source>Type the path of the exported file</source>
        <translation>Saisissez le chemin du fichier exporté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="53"/>
        <source>That is not a path of the file to write</source>
        <translation>Ce n&apos;est pas un chemin valable pour le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="54"/>
        <source>That is not a path of the counter file</source>
        <translation>Ce n&apos;est pas un chemin valable pour le fichier de caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="55"/>
        <source>That is not a path of the exported file</source>
        <translation>Ce n&apos;est pas un chemin valable pour le fichier exporté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="56"/>
        <source>{reason}: nothing was imported</source>
        <translation>{reason} : rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="57"/>
        <source>There is no counter file at {path}</source>
        <translation>Il n&apos;y a pas de fichier de caisse à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="58"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="59"/>
        <source>{path} is not a counter file: it has no outbox</source>
        <translation>{path} n&apos;est pas un fichier de caisse : il ne contient pas de ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="60"/>
        <source>{path} cannot be read as a counter file: {reason}</source>
        <translation>{path} ne peut pas être lu comme un fichier de caisse : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="61"/>
        <source>{path} is the counter file itself: choose another file</source>
        <translation>{path} est le fichier de caisse lui-même : choisissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="62"/>
        <source>There is no folder {path}</source>
        <translation>Il n&apos;y a pas de dossier {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="63"/>
        <source>{path} exists already: choose another name</source>
        <translation>{path} existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="64"/>
        <source>{path} cannot be written: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="65"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="66"/>
        <source>{path} is too big to be an outbox export</source>
        <translation>{path} est trop volumineux pour être un export de ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="67"/>
        <source>There is no file {path}</source>
        <translation>Il n&apos;y a pas de fichier {path}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="68"/>
        <source>{path} is a counter file, not an export of one: export its waiting sales first</source>
        <translation>{path} est un fichier de caisse, pas un export : exportez d&apos;abord ses ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="72"/>
        <source>{path} is not a whole outbox export: it is cut short or damaged</source>
        <translation>{path} n&apos;est pas un export complet de ventes en attente : il est tronqué ou endommagé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="75"/>
        <source>{path} is not an outbox export of Counter POS</source>
        <translation>{path} n&apos;est pas un export de ventes en attente de Counter POS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="76"/>
        <source>{path} is an outbox export of format version {version}; this counter reads version {expected}</source>
        <translation>{path} est un export de ventes en attente au format version {version} ; cette caisse lit la version {expected}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="81"/>
        <source>{path} was changed or damaged after it was exported (its checksum does not match)</source>
        <translation>{path} a été modifié ou endommagé après l&apos;export (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="85"/>
        <source>{path} does not say which counter it came from, or when</source>
        <translation>{path} ne dit pas de quelle caisse il vient, ni quand</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="86"/>
        <source>{path} has no list of sales</source>
        <translation>{path} ne contient pas de liste de ventes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="87"/>
        <source>{path} holds {sale} twice</source>
        <translation>{path} contient {sale} deux fois</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="88"/>
        <source>Sale {sale} in {path} is not a sale of an outbox export</source>
        <translation>La vente {sale} de {path} n&apos;est pas une vente d&apos;un export de ventes en attente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="89"/>
        <source>Sale {sale} in {path} is {state}, not a sale waiting to be sent</source>
        <translation>La vente {sale} de {path} est à l&apos;état {state}, ce n&apos;est pas une vente en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="92"/>
        <source>Sale {sale} in {path}: its content is not a sale</source>
        <translation>Vente {sale} de {path} : son contenu n&apos;est pas une vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="93"/>
        <source>Sale {sale} in {path}: its content is another sale&apos;s</source>
        <translation>Vente {sale} de {path} : son contenu est celui d&apos;une autre vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="94"/>
        <source>Sale {sale} in {path}: its content names another sale number</source>
        <translation>Vente {sale} de {path} : son contenu indique un autre numéro de vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/file_messages.py" line="97"/>
        <source>Sale {sale} in {path}: its sale number is not its counter&apos;s</source>
        <translation>Vente {sale} de {path} : son numéro de vente n&apos;est pas celui de sa caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="10"/>
        <source>Your sign-in has ended; sign in again</source>
        <translation>Votre session a pris fin ; reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="11"/>
        <source>Your role may not make this change to an account</source>
        <translation>Votre rôle ne permet pas cette modification d&apos;un compte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="12"/>
        <source>The server refused this: your role may not do it</source>
        <translation>Le serveur a refusé : votre rôle ne le permet pas</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/session_messages.py" line="13"/>
        <source>Nobody is signed in at this counter: waiting for a sign-in to send</source>
        <translation>Personne n&apos;est connecté à cette caisse : l&apos;envoi attend une connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="32"/>
        <source>Paying from the wallet needs the customer&apos;s PIN or card</source>
        <extracomment>The refusals the services raise (``domain.wallet_consent``), for the translators (the screen translates a refusal by its template, ``service_messages``).</extracomment>
        <translation>Payer avec le porte-monnaie demande le code PIN ou la carte du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="33"/>
        <source>Paying from the wallet needs the customer&apos;s PIN</source>
        <translation>Payer avec le porte-monnaie demande le code PIN du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="34"/>
        <source>Paying from the wallet needs the scan of the customer&apos;s card</source>
        <translation>Payer avec le porte-monnaie demande le scan de la carte du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="37"/>
        <source>This wallet cannot be paid by PIN: scan the customer&apos;s card</source>
        <translation>Ce porte-monnaie ne se paie pas par code PIN : scannez la carte du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="40"/>
        <source>This wallet cannot be paid by card scan: the customer types their PIN</source>
        <translation>Ce porte-monnaie ne se paie pas par scan de carte : le client tape son code PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="44"/>
        <source>Wrong PIN. Tries left before the PIN locks: {tries}</source>
        <translation>Code PIN erroné. Essais restants avant blocage : {tries}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="45"/>
        <source>This card is not the customer&apos;s card</source>
        <translation>Cette carte n&apos;est pas celle du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="46"/>
        <source>Too many wrong PINs: the PIN is locked until {time}</source>
        <translation>Trop de codes PIN erronés : le code PIN est bloqué jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="47"/>
        <source>The server cannot be reached: the wallet pays only by the scan of the customer&apos;s card</source>
        <translation>Le serveur est injoignable : le porte-monnaie ne se paie que par le scan de la carte du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="51"/>
        <source>A PIN is 4 to 6 digits</source>
        <translation>Un code PIN a 4 à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="52"/>
        <source>This PIN is too easy to guess; choose another</source>
        <translation>Ce code PIN est trop facile à deviner ; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="53"/>
        <source>The two PINs differ; type it again</source>
        <translation>Les deux codes PIN diffèrent ; tapez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="101"/>
        <location filename="../../pos_app/ui/settings_dialog.py" line="415"/>
        <source>Settings</source>
        <extracomment>The query parameters the dialog shows in fields of their own (host and user may be given there too, libpq&apos;s way), and the password, which the settings never keep; any other one of a saved address (connect_timeout, target_session_attrs, ...) is kept.</extracomment>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="122"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="124"/>
        <source>&amp;Counter name</source>
        <translation>Nom de la &amp;caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="126"/>
        <source>Store &amp;name</source>
        <translation>&amp;Nom du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="130"/>
        <source>Store &amp;address (receipts)</source>
        <translation>&amp;Adresse du magasin (tickets)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="134"/>
        <source>&amp;Low stock below</source>
        <translation>S&amp;tock bas sous</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="135"/>
        <source>Lock when &amp;idle for</source>
        <translation>&amp;Verrouiller après inactivité de</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="138"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="140"/>
        <source>A new language is used from the next sign-in.</source>
        <translation>Une nouvelle langue s&apos;applique à partir de la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="148"/>
        <source>Counter and &amp;store</source>
        <translation>Caisse et &amp;magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="152"/>
        <source>This computer&apos;s &amp;file (one counter)</source>
        <translation>Le &amp;fichier de cet ordinateur (une caisse)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="154"/>
        <source>A PostgreSQL s&amp;erver on the network (several counters)</source>
        <translation>Un s&amp;erveur PostgreSQL sur le réseau (plusieurs caisses)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="171"/>
        <source>empty: unchanged</source>
        <translation>vide : inchangé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="173"/>
        <source>empty: none</source>
        <translation>vide : aucun</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="175"/>
        <source>For&amp;get the saved password</source>
        <translation>Oublie&amp;r le mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="179"/>
        <source>/path/to/root.crt (for verify-full)</source>
        <translation>/chemin/vers/root.crt (pour verify-full)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="181"/>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="182"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="183"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="184"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="185"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="187"/>
        <source>TLS &amp;mode</source>
        <translation>Mode TLS (s&amp;écurité, chiffrement)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="188"/>
        <source>TLS root &amp;certificate</source>
        <translation>&amp;Certificat racine TLS</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="197"/>
        <source>The password is kept in this computer&apos;s system keyring, never in the settings file: the app takes it from there at start, and cashiers are never asked for it. Without a keyring it is asked for at each start.</source>
        <translation>Le mot de passe est gardé dans le trousseau système de cet ordinateur, jamais dans le fichier de réglages : l&apos;application l&apos;y prend au démarrage, et il n&apos;est jamais demandé aux caissiers. Sans trousseau, il est demandé à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="207"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="215"/>
        <source>Data&amp;base</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="217"/>
        <source>&amp;Receipt printer</source>
        <translation>&amp;Imprimante de tickets</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="219"/>
        <source>Customer displa&amp;y</source>
        <translation>Écran c&amp;lient</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="221"/>
        <source>Bac&amp;kups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="305"/>
        <source>Enter the server&apos;s address</source>
        <extracomment>Query parameters of the saved address that have no field: kept on a change. What the fields showed on opening: while they still hold it, saving keeps the saved address exactly (its spelling, its TLS mode and anything without a field).</extracomment>
        <translation>Saisissez l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="309"/>
        <source>This computer&apos;s own file is always available</source>
        <translation>Le fichier de cet ordinateur est toujours disponible</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="313"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="330"/>
        <source>Only an admin changes the settings; nothing was saved</source>
        <translation>Seul un administrateur modifie les réglages ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="339"/>
        <source>Give this counter a name</source>
        <translation>Donnez un nom à cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="344"/>
        <source>Give the store a name: receipts show it</source>
        <translation>Donnez un nom au magasin&#xa0;: les tickets l&apos;affichent</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="407"/>
        <source>{0}. Nothing was saved: unlock the keyring and save again.</source>
        <translation>{0}. Rien n&apos;a été enregistré : déverrouillez le trousseau et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/settings_dialog.py" line="417"/>
        <source>The settings are saved. This computer has no system keyring to keep the database password in, so Counter POS asks for it at each start.</source>
        <translation>Les réglages sont enregistrés. Cet ordinateur n&apos;a pas de trousseau système pour garder le mot de passe de la base de données, donc Counter POS le demande à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>ShiftActions</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="57"/>
        <source>No shift open at this counter: press {0} to open one</source>
        <translation>Aucun service ouvert à cette caisse&#xa0;: appuyez sur {0} pour en ouvrir un</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="63"/>
        <source>Shift open since {0} by {1}</source>
        <translation>Service ouvert depuis {0} par {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="39"/>
        <source>Close the shift</source>
        <translation>Clôturer le service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="30"/>
        <source>Count the drawer by note and coin (and type the card terminal&apos;s total if you have it). What the drawer should hold is shown once the shift is closed.</source>
        <extracomment>What a close refused for want of a manager says (``ShiftService.close``). Sales made offline at this counter that have not reached the server.</extracomment>
        <translation>Comptez le tiroir par billet et pièce (et tapez le total du terminal de carte si vous l&apos;avez). Ce que le tiroir devrait contenir s&apos;affiche une fois le service clôturé.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="44"/>
        <source>C&amp;lose the shift</source>
        <translation>C&amp;lôturer le service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="85"/>
        <source>Approve the close</source>
        <translation>Approuver la clôture</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="64"/>
        <source>The count differs from what the drawer should hold by more than the store allows. A manager approves this close by typing their username and password; nothing is recorded until then.</source>
        <translation>Le comptage diffère de ce que le tiroir devrait contenir de plus que ce que le magasin permet. Un responsable approuve cette clôture en tapant son identifiant et son mot de passe&#xa0;; rien n&apos;est enregistré d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="71"/>
        <source>A count of this shift was refused already, so a manager approves its close, whatever the count, by typing their username and password; nothing is recorded until then.</source>
        <translation>Un comptage de ce service a déjà été refusé&#xa0;: un responsable approuve donc sa clôture, quel que soit le comptage, en tapant son identifiant et son mot de passe&#xa0;; rien n&apos;est enregistré d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="78"/>
        <source>{0} A manager approves closing the shift before they do by typing their username and password; nothing is recorded until then.</source>
        <translation>{0} Un responsable approuve la clôture du service en tapant son nom d&apos;utilisateur et son mot de passe ; rien n&apos;est enregistré avant.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/close_shift_dialog.py" line="100"/>
        <source>The shift is NOT closed: a manager must approve this count</source>
        <translation>Le service N&apos;est PAS clôturé&#xa0;: un responsable doit approuver ce comptage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="161"/>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="236"/>
        <source>No shift is open at this counter: {0}</source>
        <extracomment>Why the drawer was asked to open, by us: said once it opened or failed.</extracomment>
        <translation>Aucun service n&apos;est ouvert à cette caisse&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="166"/>
        <source>A shift is already open at this counter ({0})</source>
        <translation>Un service est déjà ouvert à cette caisse ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="181"/>
        <source>Open a shift</source>
        <translation>Ouvrir un service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="182"/>
        <source>Count the opening float in the drawer of {0}, by note and coin.</source>
        <translation>Comptez le fonds de caisse dans le tiroir de {0}, par billet et pièce.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="188"/>
        <source>&amp;Open the shift</source>
        <translation>&amp;Ouvrir le service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="200"/>
        <source>Shift opened: float {0}</source>
        <translation>Service ouvert&#xa0;: fonds de caisse {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="237"/>
        <source>nothing to close</source>
        <translation>rien à clôturer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="246"/>
        <source>Closing the shift needs the server, and it cannot be reached: keep selling, and close once it is back.</source>
        <translation>La clôture du service demande le serveur, qui est injoignable : continuez à vendre et clôturez à son retour.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="267"/>
        <source>Shift {0} closed: cash {1}</source>
        <translation>Service {0} clôturé&#xa0;: espèces {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="285"/>
        <source>Paid in</source>
        <translation>Entrée d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="286"/>
        <source>Cash put into the drawer outside a sale, and why.</source>
        <translation>Espèces mises dans le tiroir hors vente, et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="290"/>
        <source>Paid out</source>
        <translation>Sortie d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="291"/>
        <source>Cash taken out of the drawer outside a refund, and why.</source>
        <translation>Espèces retirées du tiroir hors remboursement, et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="311"/>
        <source>{0} recorded: {1}, {2}.</source>
        <translation>{0} enregistré : {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="336"/>
        <source>Drawer opening with no sale recorded: {0}.</source>
        <translation>Ouverture du tiroir sans vente enregistrée : {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="345"/>
        <source>Opening the drawer…</source>
        <translation>Ouverture du tiroir…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="322"/>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="338"/>
        <source>No sale</source>
        <translation>Sans vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="323"/>
        <source>Open the drawer with no sale: say why (it is recorded).</source>
        <translation>Ouvrir le tiroir sans vente&#xa0;: dites pourquoi (c&apos;est enregistré).</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="326"/>
        <source>&amp;Open the drawer</source>
        <translation>&amp;Ouvrir le tiroir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="354"/>
        <source>Drawer opened</source>
        <translation>Tiroir ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="360"/>
        <source>The drawer did NOT open: {0} ({1} is recorded all the same)</source>
        <translation>Le tiroir NE s&apos;est PAS ouvert&#xa0;: {0} ({1} est enregistré quand même)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="372"/>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="373"/>
        <source>The X report shows what the drawer should hold, which a cashier&apos;s close does not. A manager shows it by typing their username and password.</source>
        <translation>Le rapport X montre ce que le tiroir devrait contenir, ce que la clôture d&apos;un caissier ne montre pas. Un responsable l&apos;affiche en tapant son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="406"/>
        <source>No sale yet at this counter to void</source>
        <translation>Aucune vente encore à annuler à cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_actions.py" line="413"/>
        <source>Sale {0} voided ({1}): {2}. Its goods are back on the shelf and store credit back in the wallet; give back any cash or card payment.</source>
        <translation>Vente {0} annulée ({1})&#xa0;: {2}. Ses articles sont de retour en rayon et l&apos;avoir de retour dans le porte-monnaie&#xa0;; rendez tout paiement en espèces ou par carte.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="320"/>
        <source>1 sale made offline has not reached the server: it will not count in this shift.</source>
        <translation>1 vente faite hors ligne n&apos;a pas atteint le serveur : elle ne comptera pas dans ce service.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="324"/>
        <source>{0} sales made offline have not reached the server: they will not count in this shift.</source>
        <translation>{0} ventes faites hors ligne n&apos;ont pas atteint le serveur : elles ne compteront pas dans ce service.</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="43"/>
        <source>Cash</source>
        <extracomment>How a report names each way of paying.</extracomment>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="44"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="45"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="249"/>
        <source>{0} report: shift {1}</source>
        <translation>Rapport {0} : service {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="258"/>
        <source>X report: the shift is open; nothing was changed.</source>
        <translation>Rapport X : le service est ouvert ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="264"/>
        <source>Cash: {0}</source>
        <translation>Espèces : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/shift_dialogs.py" line="264"/>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
</context>
<context>
    <name>ShiftRows</name>
    <message>
        <location filename="../../pos_app/ui/sales/shift_rows.py" line="14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shift_rows.py" line="72"/>
        <source>1 shift</source>
        <translation>1 service</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shift_rows.py" line="74"/>
        <source>{0} shifts</source>
        <translation>{0} services</translation>
    </message>
</context>
<context>
    <name>ShiftsReport</name>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="36"/>
        <source>All counters</source>
        <translation>Toutes les caisses</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="78"/>
        <source>at counter {0}</source>
        <translation>à la caisse {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="80"/>
        <source>in the whole store</source>
        <translation>dans tout le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="84"/>
        <source>No shift was closed {0} from {1} to {2}.</source>
        <translation>Aucun service n&apos;a été fermé {0} du {1} au {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="87"/>
        <source>1 shift closed {0} from {1} to {2}.</source>
        <translation>1 service fermé {0} du {1} au {2}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="89"/>
        <source>{3} shifts closed {0} from {1} to {2}; the last row adds them up.</source>
        <translation>{3} services fermés {0} du {1} au {2} ; la dernière ligne les additionne.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="108"/>
        <source>The shifts of every counter, or of one</source>
        <translation>Les services de toutes les caisses, ou d&apos;une seule</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="109"/>
        <source>Cou&amp;nter</source>
        <translation>Cai&amp;sse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="111"/>
        <source>Pr&amp;int or save as PDF…</source>
        <translation>Imp&amp;rimer ou enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="113"/>
        <source>This report as a document: print it or save it as PDF</source>
        <translation>Ce rapport en document : l&apos;imprimer ou l&apos;enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="126"/>
        <source>&lt;b&gt;Shifts closed&lt;/b&gt; in the period (the dates above)</source>
        <translation>&lt;b&gt;Services fermés&lt;/b&gt; sur la période (les dates ci-dessus)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="187"/>
        <source>whole store</source>
        <translation>tout le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/shifts_report.py" line="189"/>
        <source>Z report of shifts: {0}</source>
        <translation>Rapport Z des services : {0}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="75"/>
        <location filename="../../pos_app/ui/sign_in.py" line="106"/>
        <source>&amp;Username</source>
        <extracomment>Store name and address, as the settings dialog takes them.</extracomment>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="76"/>
        <location filename="../../pos_app/ui/sign_in.py" line="106"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="80"/>
        <location filename="../../pos_app/ui/sign_in.py" line="108"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="96"/>
        <source>Opening the database…</source>
        <extracomment>Enter was pressed before the database was open: sign in as soon as it is.</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="101"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="103"/>
        <source>Counter POS: {title}</source>
        <translation>Counter POS&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="104"/>
        <source>{title} at {counter}</source>
        <translation>{title} à {counter}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/language_choice.py" line="29"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="112"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="150"/>
        <source>Enter your username and password</source>
        <translation>Saisissez votre identifiant et votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sign_in.py" line="155"/>
        <source>Opening the database… you are signed in as soon as it is ready</source>
        <translation>Ouverture de la base de données… vous serez connecté dès qu&apos;elle sera prête</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="42"/>
        <source>Add staff member</source>
        <translation>Ajouter un employé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="52"/>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="53"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="55"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="56"/>
        <source>Rep&amp;eat password</source>
        <translation>Con&amp;firmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="60"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="141"/>
        <source>&amp;Add staff…</source>
        <extracomment>The member to select when the list is next read (one just added or changed).</extracomment>
        <translation>&amp;Ajouter un employé…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="143"/>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Ajouter un employé (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="144"/>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="183"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="145"/>
        <source>Change r&amp;ole…</source>
        <translation>Changer le r&amp;ôle…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="146"/>
        <source>Give the staff member another role</source>
        <translation>Donner un autre rôle à l&apos;employé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="147"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="148"/>
        <source>&amp;Unlock</source>
        <translation>Débl&amp;oquer</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="149"/>
        <source>Lift a lockout after too many failed sign-ins</source>
        <translation>Lever un verrouillage après trop de connexions refusées</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="183"/>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="217"/>
        <source>{0} was added</source>
        <translation>{0} ajouté</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="229"/>
        <source>{0} was made {1}</source>
        <translation>{0} est maintenant {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="242"/>
        <source>Password of {0} was reset</source>
        <translation>Mot de passe de {0} réinitialisé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="253"/>
        <source>{0} can sign in again</source>
        <translation>{0} peut à nouveau se connecter</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="266"/>
        <source>{0} was reactivated</source>
        <translation>{0} réactivé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/staff.py" line="266"/>
        <source>{0} was deactivated</source>
        <translation>{0} désactivé</translation>
    </message>
</context>
<context>
    <name>Stars</name>
    <message>
        <location filename="../../pos_app/ui/stars.py" line="20"/>
        <source>{0} of {1} stars</source>
        <translation>{0} étoiles sur {1}</translation>
    </message>
</context>
<context>
    <name>StockHistoryPanel</name>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="82"/>
        <source>Select a product to see its stock history</source>
        <translation>Choisissez un produit pour voir l&apos;historique de son stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/inventory/stock_history.py" line="87"/>
        <source>Stock history of {0}</source>
        <translation>Historique du stock de {0}</translation>
    </message>
</context>
<context>
    <name>TaxDialogs</name>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="23"/>
        <source>active</source>
        <extracomment>The longest rate name the tax service takes (its column is 40 characters). For lupdate: a rate&apos;s state in the table, shown through ``translate``.</extracomment>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="23"/>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="33"/>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="46"/>
        <source>exempt</source>
        <translation>exonéré</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/pricing/tax_dialogs.py" line="54"/>
        <source>store default</source>
        <translation>défaut du magasin</translation>
    </message>
</context>
<context>
    <name>ThermalReceipt</name>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="17"/>
        <source>Tax number {0}</source>
        <translation>N° de TVA {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="18"/>
        <source>*** COPY ***</source>
        <translation>*** DUPLICATA ***</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="19"/>
        <source>*** VOID ***</source>
        <translation>*** ANNULÉE ***</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="20"/>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="21"/>
        <source>Reason: {0}</source>
        <translation>Motif : {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="22"/>
        <source>Sale {0}</source>
        <translation>Vente {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="23"/>
        <source>No. {0}</source>
        <translation>N° {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="24"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="25"/>
        <source>Counter</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="26"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="27"/>
        <source>walk-in</source>
        <translation>sans compte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="28"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="29"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="30"/>
        <source>Discount ({0})</source>
        <translation>Remise ({0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="31"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="32"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="33"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="34"/>
        <source>Discounts (cart: {0})</source>
        <translation>Remises (panier : {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="35"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="36"/>
        <source>Included tax</source>
        <translation>Taxes incluses</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="37"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="38"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="39"/>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="40"/>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="41"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="42"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="43"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="44"/>
        <source>Cash tendered</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="45"/>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="46"/>
        <source>Card reference</source>
        <translation>Réf. carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="47"/>
        <source>Store credit left</source>
        <translation>Avoir restant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="48"/>
        <source>Refunded so far</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="49"/>
        <source>Recorded offline: sent to the server when it is back</source>
        <translation>Enregistrée hors ligne : envoyée au serveur à son retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="50"/>
        <source>Ref. {0}</source>
        <translation>Réf. {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="51"/>
        <source>Thank you for shopping with us.</source>
        <translation>Merci de votre visite.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="52"/>
        <source>Test print</source>
        <translation>Impression d&apos;essai</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="53"/>
        <source>{0} characters a line: the ruler below fills one exactly.</source>
        <translation>{0} caractères par ligne : la règle ci-dessous en remplit une exactement.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="56"/>
        <source>REFUND of sale {0}</source>
        <translation>REMBOURSEMENT de la vente {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="57"/>
        <source>Refund {0}</source>
        <translation>Remboursement {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="58"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="59"/>
        <source>Authorised by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="60"/>
        <source>{0} returned</source>
        <translation>{0} rendu(s)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="61"/>
        <source>REFUNDED</source>
        <translation>REMBOURSÉ</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="62"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/receipt_words.py" line="63"/>
        <source>Store credit now</source>
        <translation>Avoir maintenant</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="56"/>
        <source>Top up {0}</source>
        <translation>Recharger {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="58"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="61"/>
        <source>Cash (into this drawer)</source>
        <translation>Espèces (dans ce tiroir)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="62"/>
        <source>Card (external terminal)</source>
        <translation>Carte (terminal externe)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="64"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="65"/>
        <source>Paid &amp;by</source>
        <translation>Payé &amp;par</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="66"/>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../pos_app/ui/table_model.py" line="44"/>
        <source>Yes</source>
        <extracomment>Role that returns the whole record of a row.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/table_model.py" line="44"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="15"/>
        <source>single</source>
        <translation>célibataire</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="16"/>
        <source>married</source>
        <translation>marié</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="17"/>
        <source>divorced</source>
        <translation>divorcé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="18"/>
        <source>widowed</source>
        <translation>veuf</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="19"/>
        <source>needs approval</source>
        <translation>à approuver</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="20"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="21"/>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="22"/>
        <source>top up</source>
        <translation>recharge</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="23"/>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="24"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="25"/>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="26"/>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="27"/>
        <source>restock</source>
        <translation>réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="28"/>
        <source>return</source>
        <translation>retour</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="29"/>
        <source>wallet</source>
        <translation>porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="30"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="31"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="32"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="33"/>
        <source>sign in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="34"/>
        <source>sign out</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="35"/>
        <source>sign in failed</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="36"/>
        <source>lockout</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="37"/>
        <source>unlock</source>
        <translation>déverrouillage</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="38"/>
        <source>staff created</source>
        <translation>employé créé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="39"/>
        <source>role changed</source>
        <translation>rôle changé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="40"/>
        <source>staff activation</source>
        <translation>activation d&apos;employé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="41"/>
        <source>password reset</source>
        <translation>mot de passe réinitialisé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="42"/>
        <source>customer registered</source>
        <translation>client inscrit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="43"/>
        <source>customer deleted</source>
        <translation>client supprimé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="44"/>
        <source>customer activation</source>
        <translation>activation de client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="45"/>
        <source>category change</source>
        <translation>changement de catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="46"/>
        <source>wallet top up</source>
        <translation>recharge du porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="47"/>
        <source>wallet adjustment</source>
        <translation>ajustement du porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="48"/>
        <source>void</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="49"/>
        <source>price change</source>
        <translation>changement de prix</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="50"/>
        <source>product change</source>
        <translation>changement de produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="51"/>
        <source>stock adjustment</source>
        <translation>ajustement de stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="52"/>
        <source>review moderation</source>
        <translation>modération d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="53"/>
        <source>day closed</source>
        <translation>journée clôturée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="54"/>
        <source>settings change</source>
        <translation>changement de réglages</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="55"/>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="56"/>
        <source>tax change</source>
        <translation>changement de taxe</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="57"/>
        <source>promotion change</source>
        <translation>changement de promotion</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="58"/>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="59"/>
        <source>shift opened</source>
        <translation>service ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="60"/>
        <source>shift closed</source>
        <translation>service fermé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="61"/>
        <source>paid in</source>
        <translation>entrée d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="62"/>
        <source>paid out</source>
        <translation>sortie d&apos;espèces</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="63"/>
        <source>no sale</source>
        <translation>sans vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="64"/>
        <source>offline resolved</source>
        <translation>hors ligne résolu</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="65"/>
        <source>multi buy</source>
        <translation>lot</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="66"/>
        <source>buy x get y</source>
        <translation>x acheté, y offert</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="67"/>
        <source>category percent</source>
        <translation>pourcentage par catégorie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="68"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="69"/>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/values.py" line="70"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>VoidSale</name>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="37"/>
        <source>Sale {0} is already void</source>
        <translation>La vente {0} est déjà annulée</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="39"/>
        <source>Sale {0} has a return already: return the rest instead</source>
        <translation>La vente {0} a déjà un retour&#xa0;: retournez plutôt le reste</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="46"/>
        <source>Sale {0} is not of a shift still open: take it back as a return (F6)</source>
        <translation>La vente {0} n&apos;appartient pas à un service encore ouvert&#xa0;: reprenez-la comme un retour (F6)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="88"/>
        <source>Void sale {0} ({1})? The whole sale is taken back: its goods go back on the shelf, store credit back to the wallet, and its cash and card leave the shift&apos;s figures. Only a sale of the shift still open can be voided.</source>
        <translation>Annuler la vente {0} ({1}) ? Toute la vente est reprise : ses articles retournent en rayon, l&apos;avoir revient au porte-monnaie, et ses espèces et sa carte sortent des chiffres du service. Seule une vente du service encore ouvert peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="95"/>
        <source>A manager authorises it by typing their username and password.</source>
        <translation>Un responsable l&apos;autorise en tapant son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="100"/>
        <source>Void sale {0}</source>
        <translation>Annuler la vente {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="104"/>
        <source>&amp;Void the sale</source>
        <translation>&amp;Annuler la vente</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="116"/>
        <source>VOID</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/sales/void_sale.py" line="124"/>
        <source>VOID {0}: {1}</source>
        <translation>ANNULÉE {0} : {1}</translation>
    </message>
</context>
<context>
    <name>WalletCardDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="74"/>
        <source>Customer card of {0}</source>
        <translation>Carte client de {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="81"/>
        <source>A new card pays from {0}&apos;s wallet when its barcode is scanned at the counter. Any earlier card of theirs no longer pays.</source>
        <translation>Une nouvelle carte paie avec le porte-monnaie de {0} quand son code-barres est scanné en caisse. Toute carte précédente ne paie plus.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="87"/>
        <source>&amp;Issue card</source>
        <translation>É&amp;mettre la carte</translation>
    </message>
</context>
<context>
    <name>WalletConsentDialog</name>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="64"/>
        <source>This customer has no wallet PIN yet: scan their card, or a manager sets a PIN in Customers (Ctrl+Shift+W)</source>
        <translation>Ce client n&apos;a pas encore de code PIN de porte-monnaie&#xa0;: scannez sa carte, ou un responsable lui donne un code dans Clients (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="93"/>
        <source>Store credit: the customer&apos;s consent</source>
        <translation>Crédit magasin : l&apos;accord du client</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="94"/>
        <source>Customer &amp;PIN or card scan</source>
        <translation>&amp;Code PIN du client ou scan de sa carte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="96"/>
        <source>&amp;Pay from the wallet</source>
        <translation>&amp;Payer avec le porte-monnaie</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="97"/>
        <source>The customer types their PIN (it is not shown), or scan their customer card. Escape goes back to the payment.</source>
        <translation>Le client tape son code PIN (il ne s&apos;affiche pas), ou scannez sa carte client. Échap revient au paiement.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/checkout/consent_dialog.py" line="111"/>
        <source>Type the customer&apos;s PIN or scan their card</source>
        <translation>Tapez le code PIN du client ou scannez sa carte</translation>
    </message>
</context>
<context>
    <name>WalletDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="41"/>
        <source>{0}: balance {1}</source>
        <translation>{0} : solde {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/top_up_dialog.py" line="47"/>
        <source>e.g. {0}</source>
        <translation>p. ex. {0}</translation>
    </message>
</context>
<context>
    <name>WalletPinDialog</name>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="32"/>
        <source>Wallet PIN of {0}</source>
        <extracomment>The keys of the Customers workspace for them.</extracomment>
        <translation>Code PIN du porte-monnaie de {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="39"/>
        <source>The customer types a PIN of 4 to 6 digits, twice. It pays from their wallet at the counter; the earlier PIN no longer does.</source>
        <translation>Le client tape deux fois un code PIN de 4 à 6 chiffres. Il paie avec son porte-monnaie en caisse ; l&apos;ancien code PIN ne paie plus.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="50"/>
        <source>New &amp;PIN</source>
        <translation>Nouveau code &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="51"/>
        <source>PIN a&amp;gain</source>
        <translation>Code PIN à nou&amp;veau</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/customers/wallet_keys.py" line="52"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Définir le code PIN</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../pos_app/ui/widgets.py" line="233"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="115"/>
        <source>Checkout</source>
        <extracomment>In English: the key of ``MainWindow.workspaces``; shown as translated (``shown_name``). Shown to the roles that may do this (the permission matrix decides, not this file). Ctrl+&lt;key&gt; jumps here; the same key for every role (a role without it has nothing). Only for staff, even where a customer may do ``op`` on their own records. Every workspace, in menu order, with the operation that shows it. Hiding is a convenience; the services check permissions on every call. For lupdate: the workspaces&apos; names and the roles, shown through ``translate``.</extracomment>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="115"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="116"/>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="116"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="117"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="117"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="118"/>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="119"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/main_window.py" line="121"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>WriteReviewDialog</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="115"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="118"/>
        <source>Reviews are read by the store before others see them.</source>
        <translation>Les avis sont lus par le magasin avant d&apos;être visibles des autres.</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="124"/>
        <source>Choose a product you bought</source>
        <translation>Choisissez un produit acheté</translation>
    </message>
</context>
<context>
    <name>_ReviewForm</name>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="88"/>
        <source> of 5</source>
        <translation> sur 5</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="90"/>
        <source>What did you think of it? (optional)</source>
        <translation>Qu&apos;en avez-vous pensé ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="96"/>
        <source>&amp;Rating</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../pos_app/ui/workspaces/self_service.py" line="97"/>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
</context>
</TS>
