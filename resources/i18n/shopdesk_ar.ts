<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About shopdesk</source>
        <translation>حول shopdesk</translation>
    </message>
    <message>
        <source>An offline back office for small shops: your data stays on your own computer.</source>
        <translation>إدارة خلفية للمتاجر الصغيرة تعمل دون إنترنت: بياناتك تبقى على حاسوبك.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>shopdesk is built on free software, with thanks:</source>
        <translation>بُني shopdesk على برمجيات حرة، مع الشكر:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Each library&apos;s licence text ships with it (its dist-info folder); the fonts&apos; is fonts/OFL.txt.</source>
        <translation>نص ترخيص كل مكتبة مرفق بها (في مجلد dist-info الخاص بها)، وترخيص الخطوط في fonts/OFL.txt.</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Bring back</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>رمز سري جديد لـ %1</translation>
    </message>
    <message>
        <source>Choose an account in the list to change its PIN.</source>
        <translation>اختر حسابًا من القائمة لتغيير رمزه السري.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان غير متطابقين.</translation>
    </message>
    <message>
        <source>Type a PIN of at least 6 digits.</source>
        <translation>اكتب رمزًا سريًا من ٦ أرقام على الأقل.</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits.</source>
        <translation>الرمز السري ٦ أرقام على الأقل.</translation>
    </message>
    <message>
        <source>A PIN has at most 32 digits.</source>
        <translation>الرمز السري لا يزيد على ٣٢ رقمًا.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <translation>الرمز السري أرقام فقط.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>اكتب اسمًا.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>الاسم طويل جدًا.</translation>
    </message>
    <message>
        <source>Another account already has this name.</source>
        <translation>يوجد حساب آخر بهذا الاسم.</translation>
    </message>
    <message>
        <source>The shop already has an owner.</source>
        <translation>للمتجر مالك بالفعل.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>هذا الحساب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The PIN is changed.</source>
        <translation>تم تغيير الرمز السري.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>المبلغ: %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>الإرجاع %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>الصفوف: %1</translation>
    </message>
    <message>
        <source>Wrong PINs in a row: %1</source>
        <translation>محاولات خاطئة متتالية: %1</translation>
    </message>
    <message>
        <source>Wait: %1 s</source>
        <translation>الانتظار: %1 ث</translation>
    </message>
    <message>
        <source>Entries kept from after the backup: %1</source>
        <translation>قيود أُبقي عليها من بعد النسخة: %1</translation>
    </message>
    <message>
        <source>Backup restored: %1</source>
        <translation>النسخة المستعادة: %1</translation>
    </message>
    <message>
        <source>The state before is in: %1</source>
        <translation>الحالة السابقة محفوظة في: %1</translation>
    </message>
    <message>
        <source>Roles are off</source>
        <translation>الأدوار غير مفعّلة</translation>
    </message>
    <message>
        <source>There are no accounts yet, so anyone at this desk can do everything and no PIN is asked. Create the owner&apos;s account to keep refunds, prices, messages, settings, exports, imports and summaries behind the owner&apos;s PIN; staff can still take orders, pack and print.</source>
        <translation>لا توجد حسابات بعد، لذا يستطيع أي شخص على هذا الجهاز فعل كل شيء ولا يُطلب رمز سري. أنشئ حساب المالك لتبقى عمليات الاسترداد والأسعار والرسائل والإعدادات والتصدير والاستيراد والملخصات خلف الرمز السري للمالك؛ ويظل الموظفون قادرين على تسجيل الطلبات والتغليف والطباعة.</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>اسم المالك</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation>إنشاء حساب المالك</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Refunds, prices, messages, settings, exports, imports and summaries need the owner&apos;s PIN. After 5 wrong PINs an account waits before it can try again.</source>
        <translation>الاسترداد والأسعار والرسائل والإعدادات والتصدير والاستيراد والملخصات تحتاج إلى الرمز السري للمالك. بعد ٥ محاولات خاطئة ينتظر الحساب قبل أن يحاول مجددًا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Change a PIN</source>
        <translation>تغيير رمز سري</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير الرمز السري</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits)</source>
        <translation>الرمز السري (٦ أرقام على الأقل)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>الرمز السري مرة أخرى</translation>
    </message>
    <message>
        <source>Audit log (newest first)</source>
        <translation>سجل التدقيق (الأحدث أولًا)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>New address</source>
        <translation>عنوان جديد</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>تعديل العنوان</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. home, work</source>
        <translation>مثلاً: المنزل، العمل</translation>
    </message>
    <message>
        <source>Default address</source>
        <translation>العنوان الافتراضي</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>العنوان (السطر ١)</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>العنوان (السطر ٢)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>المنطقة / المحافظة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Short address</source>
        <translation>العنوان المختصر</translation>
    </message>
    <message>
        <source>Building, street</source>
        <translation>المبنى، الشارع</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database file %1 is damaged and has been left untouched. Restore a backup or contact support; shopdesk will not write to it.</source>
        <translation>ملف قاعدة البيانات %1 تالف وقد تُرك دون أي تغيير. استعد نسخة احتياطية أو تواصل مع الدعم؛ لن يكتب شوب ديسك فيه.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>The database %1 is open in another copy of shopdesk; this one does not open it.</source>
        <translation>قاعدة البيانات %1 مفتوحة في نسخة أخرى من shopdesk؛ لن تفتحها هذه النسخة.</translation>
    </message>
    <message>
        <source>shopdesk</source>
        <translation>شوب ديسك</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>The backups folder cannot be read: %1</source>
        <translation>تعذّرت قراءة مجلد النسخ الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>في أي مجلد تريد النسخ الاحتياطي؟</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>shopdesk backups (*.sqlite3);;All files (*)</source>
        <translation>نسخ shopdesk الاحتياطية (*.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the shop&apos;s data?</source>
        <translation>هل تضع نسخة %1 الاحتياطية مكان بيانات المتجر؟</translation>
    </message>
    <message>
        <source>Everything entered after that backup will be gone from the screens. The current data is saved as a backup first, so nothing is lost. shopdesk must be closed on every other desk that uses this database before you go on.</source>
        <translation>كل ما أُدخل بعد تلك النسخة سيختفي من الشاشات. تُحفظ البيانات الحالية أولًا كنسخة احتياطية، فلا يضيع شيء. يجب إغلاق shopdesk على كل مكتب آخر يستخدم قاعدة البيانات هذه قبل المتابعة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>حذف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Delete the backup of %1?</source>
        <translation>أتريد حذف النسخة الاحتياطية المأخوذة في %1؟</translation>
    </message>
    <message>
        <source>The file is deleted for good; it cannot be restored afterwards.</source>
        <translation>يُحذف الملف نهائيًا، ولا يمكن الاستعادة منه بعد ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>%1 is not one of the backups folder&apos;s backups; nothing was deleted.</source>
        <translation>%1 ليست من النسخ الاحتياطية في مجلد النسخ الاحتياطية؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>The backup was not deleted: %1</source>
        <translation>لم تُحذف النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backup deleted: %1</source>
        <translation>حُذفت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>أُنشئت النسخة الاحتياطية وفُحصت: %1</translation>
    </message>
    <message>
        <source>%1 is sound: SQLite&apos;s integrity check found no problem.</source>
        <translation>‏%1 سليمة: لم يجد فحص السلامة في SQLite أي مشكلة.</translation>
    </message>
    <message>
        <source>The backup %1 is in place.</source>
        <translation>النسخة الاحتياطية %1 في مكانها الآن.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغيّر شيء: %1</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>‏%1: لا يوجد ملف كهذا.</translation>
    </message>
    <message>
        <source>%1 is not a shopdesk backup (not a database file); nothing was changed.</source>
        <translation>‏%1 ليست نسخة احتياطية من shopdesk (ليست ملف قاعدة بيانات)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup %1 is in place. The data as it was before, with the audit log as it was, is saved as %2. The audit entries written since the backup were kept, and the restore is in the audit log.</source>
        <translation>النسخة الاحتياطية %1 في مكانها الآن. حُفظت البيانات كما كانت قبل ذلك، ومعها سجل التدقيق كما كان، باسم %2. أُبقي على قيود التدقيق المكتوبة بعد تلك النسخة، وسُجّلت الاستعادة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a shopdesk backup; nothing was changed.</source>
        <translation>‏%1 ملف فارغ، وليس نسخة احتياطية من shopdesk؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used; nothing was written. SQLite found: %2</source>
        <translation>‏%1 تالفة ولا يمكن استخدامها؛ لم يُكتب شيء. وجد SQLite ما يلي: %2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a shopdesk backup; nothing was changed.</source>
        <translation>‏%1 قاعدة بيانات، لكنها ليست نسخة احتياطية من shopdesk؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 was made by a newer shopdesk (%2); update shopdesk on this desk first.</source>
        <translation>‏%1 أُنشئت بإصدار أحدث من shopdesk ‏(%2)؛ حدّث shopdesk على هذا المكتب أولًا.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>لا يمكن استخدام %1: %2</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>هذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Automatic (daily)</source>
        <translation>تلقائية (يومية)</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>أُنشئت بزر «انسخ احتياطيًا الآن»</translation>
    </message>
    <message>
        <source>Before an update of shopdesk</source>
        <translation>قبل تحديث shopdesk</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Before the demo data</source>
        <translation>قبل البيانات التجريبية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>The last automatic backup, at %1, failed: %2. shopdesk tries again every day and each time it starts; until then, use Back up now.</source>
        <translation>فشل آخر نسخ احتياطي تلقائي في %1: %2. يعيد shopdesk المحاولة كل يوم وعند كل تشغيل؛ وإلى ذلك الحين استخدم «انسخ احتياطيًا الآن».</translation>
    </message>
    <message>
        <source>Last automatic backup check: %1; nothing had changed since the newest backup.</source>
        <translation>آخر فحص للنسخ الاحتياطي التلقائي: %1؛ لم يتغيّر شيء منذ أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Last automatic backup: %1, made and checked.</source>
        <translation>آخر نسخة احتياطية تلقائية: %1، أُنشئت وفُحصت.</translation>
    </message>
    <message>
        <source>shopdesk backs up the shop&apos;s data by itself when it starts and every day it stays open, whenever something changed, and keeps the last 7 days, 4 weeks and 12 months of these automatic backups. Backups made with Back up now or before an import, a restore or an update stay until you delete them. Backups folder: %1</source>
        <translation>ينسخ shopdesk بيانات المتجر احتياطيًا من تلقاء نفسه عند بدء التشغيل وكل يوم يبقى فيه مفتوحًا، كلما تغيّر شيء، ويحتفظ من هذه النسخ التلقائية بنسخ آخر ٧ أيام و٤ أسابيع و١٢ شهرًا. أما النسخ المأخوذة بزر «انسخ احتياطيًا الآن» أو قبل استيراد أو استعادة أو تحديث فتبقى حتى تحذفها أنت. مجلد النسخ الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected backup (asks first)</source>
        <translation>احذف النسخة الاحتياطية المحددة (بعد السؤال أولًا)</translation>
    </message>
    <message>
        <source>This shop&apos;s data is kept on a PostgreSQL server. The server keeps its own backups (pg_dump); ask whoever looks after the server. There is nothing to back up on this desk.</source>
        <translation>بيانات هذا المتجر محفوظة على خادم PostgreSQL. يحتفظ الخادم بنسخه الاحتياطية الخاصة (pg_dump)؛ اسأل المسؤول عن الخادم. لا يوجد ما يُنسخ احتياطيًا على هذا المكتب.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>انسخ احتياطيًا الآن…</translation>
    </message>
    <message>
        <source>A checked copy into a folder you choose, e.g. a USB stick</source>
        <translation>نسخة مفحوصة في مجلد تختاره، مثل ذاكرة USB</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the selected backup (or on a file you choose)</source>
        <translation>شغّل فحص السلامة الكامل في SQLite على النسخة المحددة (أو على ملف تختاره)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Put the selected backup (or a file you choose) in place of the shop&apos;s data</source>
        <translation>ضع النسخة المحددة (أو ملفًا تختاره) مكان بيانات المتجر</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>An import is being written on %1</source>
        <translation>يجري حفظ استيراد على %1</translation>
    </message>
    <message>
        <source>Another desk is saving a lot at once</source>
        <translation>مكتب آخر يحفظ بيانات كثيرة دفعة واحدة</translation>
    </message>
    <message>
        <source>%1… Your order will be saved when it finishes.</source>
        <translation>%1… سيُحفظ طلبك تلقائيًا عند انتهائه.</translation>
    </message>
    <message>
        <source>%1. Nothing was changed: do it again when it has finished.</source>
        <translation>%1. لم يتغير شيء: أعد العملية عند انتهائه.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In store</source>
        <translation>في المتجر</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>منصة بيع</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>As new</source>
        <translation>كالجديد</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>مستعمل</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Exporting orders…</source>
        <translation>جارٍ تصدير الطلبات…</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>جارٍ تصدير العملاء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>تصدير الطلبات كملف CSV</translation>
    </message>
    <message>
        <source>Export customers as CSV</source>
        <translation>تصدير العملاء كملف CSV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي صف في %1.</numerusform>
            <numerusform>كُتب صف واحد في %1.</numerusform>
            <numerusform>كُتب صفّان في %1.</numerusform>
            <numerusform>كُتبت %Ln صفوف في %1.</numerusform>
            <numerusform>كُتب %Ln صفًا في %1.</numerusform>
            <numerusform>كُتب %Ln صف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This number is not known to be in use. Check it; Save again keeps it as typed, unverified.</source>
        <translation>هذا الرقم غير معروف أنه مستخدم. تحقّق منه؛ الحفظ مرة أخرى يُبقيه كما كُتب، غير مُتحقَّق منه.</translation>
    </message>
    <message>
        <source>A Saudi VAT number has 15 digits and begins and ends with 3.</source>
        <translation>يتكون الرقم الضريبي السعودي من ١٥ رقمًا يبدأ بـ ٣ وينتهي بـ ٣.</translation>
    </message>
    <message>
        <source>This is not a VAT number of the shop&apos;s country.</source>
        <translation>هذا ليس رقمًا ضريبيًا في بلد المتجر.</translation>
    </message>
    <message>
        <source>Delete this address?
%1</source>
        <translation>هل تحذف هذا العنوان؟
%1</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>حذف العنوان</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(الافتراضي)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>بإحالة من</translation>
    </message>
    <message>
        <source>Language for notes</source>
        <translation>لغة البطاقات المطبوعة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Business customers: printed on their tax invoices</source>
        <translation>لعملاء الأعمال: يُطبع على فواتيرهم الضريبية</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Their phone or customer number</source>
        <translation>هاتفه أو رقم العميل</translation>
    </message>
    <message>
        <source>e.g. vip, wholesale</source>
        <translation>مثل: vip، جملة</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation>يوافق على تلقي العروض والأخبار</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>إضافة عنوان…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>اجعله الافتراضي</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>آخر طلب</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>no phone</source>
        <translation>بلا هاتف</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>بلا بريد إلكتروني</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>الميلاد: %1</translation>
    </message>
    <message>
        <source>Notes in: %1</source>
        <translation>لغة البطاقات: %1</translation>
    </message>
    <message>
        <source>Agrees to offers</source>
        <translation>يوافق على العروض</translation>
    </message>
    <message>
        <source>No offers</source>
        <translation>لا يرغب في العروض</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>بإحالة من %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>عميل منذ %1</translation>
    </message>
    <message>
        <source>Ships to %1</source>
        <translation>يُشحن إلى %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>بلا عناوين</numerusform>
            <numerusform>عنوان واحد</numerusform>
            <numerusform>عنوانان</numerusform>
            <numerusform>%Ln عناوين</numerusform>
            <numerusform>%Ln عنواناً</numerusform>
            <numerusform>%Ln عنوان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوماً</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures (orders not cancelled, in %1; %Ln order(s) in other currencies not counted)</source>
        <translation>
            <numerusform>الأرقام (الطلبات غير الملغاة، بـ%1)</numerusform>
            <numerusform>الأرقام (الطلبات غير الملغاة، بـ%1؛ طلب واحد بعملة أخرى لم يُحتسب)</numerusform>
            <numerusform>الأرقام (الطلبات غير الملغاة، بـ%1؛ طلبان بعملات أخرى لم يُحتسبا)</numerusform>
            <numerusform>الأرقام (الطلبات غير الملغاة، بـ%1؛ %Ln طلبات بعملات أخرى لم تُحتسب)</numerusform>
            <numerusform>الأرقام (الطلبات غير الملغاة، بـ%1؛ %Ln طلباً بعملات أخرى لم يُحتسب)</numerusform>
            <numerusform>الأرقام (الطلبات غير الملغاة، بـ%1؛ %Ln طلب بعملات أخرى لم يُحتسب)</numerusform>
        </translation>
    </message>
    <message>
        <source>Store credit: %1</source>
        <translation>رصيد المتجر: %1</translation>
    </message>
    <message>
        <source>Points turned into reward code %1 (%2): type it in the order form.</source>
        <translation>تحولت النقاط إلى رمز المكافأة %1 (%2): اكتبه في نموذج الطلب.</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>استخدام النقاط</translation>
    </message>
    <message>
        <source>Points to turn into a reward code (at least %1):</source>
        <translation>النقاط التي تتحول إلى رمز مكافأة (%1 على الأقل):</translation>
    </message>
    <message>
        <source>Store credit of %1 ended.</source>
        <translation>انتهى رصيد متجر بقيمة %1.</translation>
    </message>
    <message>
        <source>End store credit</source>
        <translation>إنهاء رصيد المتجر</translation>
    </message>
    <message>
        <source>Why does the remaining store credit end?</source>
        <translation>لماذا ينتهي رصيد المتجر المتبقي؟</translation>
    </message>
    <message>
        <source>Find the duplicate to merge first.</source>
        <translation>ابحث أولاً عن الملف المكرر لدمجه.</translation>
    </message>
    <message>
        <source>Move every order and detail of %1 to %2? %1 will no longer be listed.</source>
        <translation>نقل كل طلبات وبيانات %1 إلى %2؟ لن يظهر %1 في القائمة بعد الآن.</translation>
    </message>
    <message>
        <source>Customers merged.</source>
        <translation>تم دمج العميلين.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Find by name or phone…</source>
        <translation>ابحث بالاسم أو الهاتف…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Figures (orders not cancelled)</source>
        <translation>الأرقام (الطلبات غير الملغاة)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save every customer, with their orders and spend, as a CSV file</source>
        <translation>احفظ كل العملاء مع طلباتهم وإنفاقهم كملف CSV</translation>
    </message>
    <message>
        <source>End store credit…</source>
        <translation>إنهاء رصيد المتجر…</translation>
    </message>
    <message>
        <source>Use points…</source>
        <translation>استخدام النقاط…</translation>
    </message>
    <message>
        <source>Loyalty history…</source>
        <translation>سجل الولاء…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>إجمالي الإنفاق</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>أول طلب</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>آخر طلب</translation>
    </message>
    <message>
        <source>Since last order</source>
        <translation>منذ آخر طلب</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>القيمة الدائمة</translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer</source>
        <translation>دمج ملف مكرر في هذا العميل</translation>
    </message>
    <message>
        <source>Find the duplicate by name or phone…</source>
        <translation>ابحث عن الملف المكرر بالاسم أو الهاتف…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Choose a customer on the list, or add a new one.</source>
        <translation>اختر عميلاً من القائمة أو أضف عميلاً جديداً.</translation>
    </message>
</context>
<context>
    <name>DatabaseInUseDialog</name>
    <message>
        <source>The shop&apos;s database is in use</source>
        <translation>قاعدة بيانات المتجر قيد الاستخدام</translation>
    </message>
    <message>
        <source>Another copy of shopdesk has this shop&apos;s database open:</source>
        <translation>نسخة أخرى من shopdesk تفتح قاعدة بيانات هذا المتجر:</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>الحاسوب: %1</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>العملية: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <source>Open since: %1</source>
        <translation>مفتوحة منذ: %1</translation>
    </message>
    <message>
        <source>It did not say which computer it runs on.</source>
        <translation>لم تذكر على أي حاسوب تعمل.</translation>
    </message>
    <message>
        <source>Two copies writing to one file at once could lose orders, so this one does not open it. Close shopdesk there (or wait until it is closed), then choose Try again.</source>
        <translation>إذا كتبت نسختان في ملف واحد في الوقت نفسه فقد تضيع طلبات، لذلك لن تفتحه هذه النسخة. أغلق shopdesk هناك (أو انتظر حتى يُغلق)، ثم اختر «أعد المحاولة».</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>EditingDialog</name>
    <message>
        <source>Discard the changes?</source>
        <translation>هل تريد تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>ما كتبته هنا لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange for</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Choose or type the item that goes out instead.</source>
        <translation>اختر المنتج البديل أو اكتبه.</translation>
    </message>
    <message>
        <source>Type a price, e.g. 12.50.</source>
        <translation>اكتب سعراً، مثلاً ١٢٫٥٠.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Customer feedback</source>
        <translation>رأي العميل</translation>
    </message>
    <message>
        <source>How likely to recommend us (0-10)</source>
        <translation>احتمال أن يوصي بنا (٠-١٠)</translation>
    </message>
    <message>
        <source>How satisfied (1-5)</source>
        <translation>مدى الرضا (١-٥)</translation>
    </message>
    <message>
        <source>Review left on (e.g. Google)</source>
        <translation>ترك تقييماً على (مثلاً Google)</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قاله</translation>
    </message>
    <message>
        <source>Choose a score, name where a review was left, or write a comment.</source>
        <translation>اختر درجة، أو اذكر مكان التقييم، أو اكتب تعليقاً.</translation>
    </message>
    <message>
        <source>This cannot be saved: %1</source>
        <translation>لا يمكن الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpMessagesDialog</name>
    <message>
        <source>Follow-up messages</source>
        <translation>رسائل المتابعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Click to insert a detail:</source>
        <translation>انقر لإدراج تفصيل:</translation>
    </message>
    <message>
        <source>As a customer will read it:</source>
        <translation>كما سيقرؤها العميل:</translation>
    </message>
    <message>
        <source>Use the default message</source>
        <translation>استخدم الرسالة الافتراضية</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>a replacement within 7 working days</source>
        <translation>استبدال خلال ٧ أيام عمل</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>%1 is not a detail of this kind of follow-up; use the buttons below.</source>
        <translation>%1 ليس من تفاصيل هذا النوع من المتابعة؛ استخدم الأزرار أدناه.</translation>
    </message>
    <message>
        <source>The message is too long (2,000 characters at most).</source>
        <translation>الرسالة طويلة جداً (٢٠٠٠ حرف على الأكثر).</translation>
    </message>
    <message>
        <source>A $ must start a detail such as $first_name; write $$ for a dollar sign.</source>
        <translation>يجب أن تبدأ العلامة $ تفصيلاً مثل $first_name؛ اكتب $$ لعلامة الدولار.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>New promise…</source>
        <translation>وعد جديد…</translation>
    </message>
    <message>
        <source>Check for new</source>
        <translation>ابحث عن الجديد</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>بريد إلكتروني…</translation>
    </message>
    <message>
        <source>WhatsApp…</source>
        <translation>واتساب…</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Response times…</source>
        <translation>أوقات الاستجابة…</translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation>الرسائل…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>هدف الاستجابة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوماً</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>باقٍ %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>متأخر %1</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · متبقٍ %2</translation>
    </message>
    <message>
        <source>%1 · %2 late</source>
        <translation>%1 · متأخر %2</translation>
    </message>
    <message>
        <source>Ask how order %1 arrived</source>
        <translation>اسأل كيف وصل الطلب %1</translation>
    </message>
    <message>
        <source>Return of order %1 is waiting</source>
        <translation>مرتجع الطلب %1 بانتظار المعالجة</translation>
    </message>
    <message>
        <source>Send birthday wishes</source>
        <translation>أرسل تهنئة عيد الميلاد</translation>
    </message>
    <message>
        <source>Tell them one more stamp earns a reward</source>
        <translation>أخبره أن ختمًا واحدًا آخر يمنحه مكافأة</translation>
    </message>
    <message>
        <source>Anyone at the desk</source>
        <translation>أي موظف على المكتب</translation>
    </message>
    <message>
        <source>Message copied. Mark the item done once it is sent.</source>
        <translation>نُسخت الرسالة. علّم البند كمنجز بعد إرسالها.</translation>
    </message>
    <message>
        <source>Hello %1, your %4 may be running low by now. Shall we put some aside for you? — %2</source>
        <translation>مرحباً %1، لعلّ %4 لديك أوشك على النفاد. هل نحجز لك كمية؟ — %2</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>وعد</translation>
    </message>
    <message>
        <source>Check-in after delivery</source>
        <translation>متابعة بعد التسليم</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>عيد ميلاد</translation>
    </message>
    <message>
        <source>One stamp from a reward</source>
        <translation>ختم واحد عن المكافأة</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>إرجاع ينتظر</translation>
    </message>
    <message>
        <source>Time to reorder</source>
        <translation>وقت إعادة الطلب</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>لا عناصر مفتوحة</numerusform>
            <numerusform>عنصر واحد مفتوح</numerusform>
            <numerusform>عنصران مفتوحان</numerusform>
            <numerusform>%Ln عناصر مفتوحة</numerusform>
            <numerusform>%Ln عنصراً مفتوحاً</numerusform>
            <numerusform>%Ln عنصر مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s).</source>
        <translation>
            <numerusform>لا عناصر جديدة.</numerusform>
            <numerusform>عنصر واحد جديد.</numerusform>
            <numerusform>عنصران جديدان.</numerusform>
            <numerusform>%Ln عناصر جديدة.</numerusform>
            <numerusform>%Ln عنصراً جديداً.</numerusform>
            <numerusform>%Ln عنصر جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello %1, your order has arrived. Is everything as you hoped? — %2</source>
        <translation>مرحباً %1، وصل طلبك. هل كل شيء كما تمنيت؟ — %2</translation>
    </message>
    <message>
        <source>Happy birthday, %1! Everyone at %2 wishes you a wonderful year.</source>
        <translation>عيد ميلاد سعيد يا %1! يتمنى لك الجميع في %2 عاماً رائعاً.</translation>
    </message>
    <message>
        <source>Hello %1, one more stamp and your next reward at %2 is yours.</source>
        <translation>مرحباً %1، ختم واحد آخر وتصبح مكافأتك القادمة في %2 لك.</translation>
    </message>
    <message>
        <source>Hello %1, we are looking after your return and will write soon. — %2</source>
        <translation>مرحباً %1، نحن نتابع إرجاعك وسنكتب لك قريباً. — %2</translation>
    </message>
    <message>
        <source>Hello %1, about what we promised: %3 — %2</source>
        <translation>مرحباً %1، بخصوص ما وعدناك به: %3 — %2</translation>
    </message>
    <message>
        <source>This customer has no e-mail address.</source>
        <translation>ليس لهذا العميل بريد إلكتروني.</translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation>ليس لهذا العميل رقم هاتف.</translation>
    </message>
    <message>
        <source>No program opened the link.</source>
        <translation>لم يفتح أي برنامج الرابط.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 B</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
</context>
<context>
    <name>GiveBackDialog</name>
    <message>
        <source>Return %1 of order %2</source>
        <translation>الإرجاع %1 من الطلب %2</translation>
    </message>
    <message>
        <source>Paid for these items: %1</source>
        <translation>المدفوع لهذه المنتجات: %1</translation>
    </message>
    <message>
        <source>Restocking fee: %1</source>
        <translation>رسوم إعادة التخزين: %1</translation>
    </message>
    <message>
        <source>Nothing to give back</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>There is nothing to give back: %1.</source>
        <translation>لا يوجد ما يُعاد: %1.</translation>
    </message>
    <message>
        <source>Order %1 was not paid, so nothing was paid for these items.</source>
        <translation>الطلب %1 لم يُدفع، فلم يُدفع شيء مقابل هذه المنتجات.</translation>
    </message>
    <message>
        <source>The other returns of order %1 already gave back all it was paid.</source>
        <translation>المرتجعات الأخرى للطلب %1 أعادت بالفعل كل ما دُفع فيه.</translation>
    </message>
    <message>
        <source>The restocking fee takes all that was paid for these items.</source>
        <translation>رسوم إعادة التخزين تستغرق كل ما دُفع مقابل هذه المنتجات.</translation>
    </message>
    <message>
        <source>Nothing was paid for these items in order %1.</source>
        <translation>لم يُدفع شيء مقابل هذه المنتجات في الطلب %1.</translation>
    </message>
    <message>
        <source>Why is the return closed with nothing given back? (required)</source>
        <translation>لماذا يُغلق الإرجاع دون إعادة أي مبلغ؟ (مطلوب)</translation>
    </message>
    <message>
        <source>e.g. never paid: cash on delivery refused</source>
        <translation>مثلاً: لم يُدفع، رُفض الدفع عند الاستلام</translation>
    </message>
    <message>
        <source>Close without refund</source>
        <translation>إغلاق دون استرداد</translation>
    </message>
    <message>
        <source>Give store credit</source>
        <translation>منح رصيد متجر</translation>
    </message>
    <message>
        <source>Give %1 of store credit to %2?</source>
        <translation>منح %2 رصيد متجر بقيمة %1؟</translation>
    </message>
    <message>
        <source>Give %1 of store credit</source>
        <translation>منح رصيد متجر بقيمة %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>إعادة مبلغ %1 إلى %2؟</translation>
    </message>
    <message>
        <source>Refund %1 for order %2?</source>
        <translation>إعادة مبلغ %1 عن الطلب %2؟</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>استرداد %1</translation>
    </message>
    <message>
        <source>This is recorded on the return and cannot be undone.</source>
        <translation>يُسجَّل هذا على الإرجاع ولا يمكن التراجع عنه.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose an orders export</source>
        <translation>اختر ملف طلبات مُصدَّرًا</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>ملفات CSV أو نصية (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 columns, read as %2. The first rows:</source>
        <translation>%1 أعمدة، قُرئت بترميز %2. الصفوف الأولى:</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>حُفظت باسم %1.</translation>
    </message>
    <message>
        <source>Choose the columns for: %1</source>
        <translation>اختر الأعمدة لـ: %1</translation>
    </message>
    <message>
        <source>Give the mapping a name: it marks the orders it brings in.</source>
        <translation>أعطِ الربط اسمًا: فهو يميّز الطلبات التي يجلبها.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>فشل الاستيراد ولم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>%1 new orders, %2 already here; %3 new customers, %4 found by phone or e-mail; %5 rows.</source>
        <translation>%1 طلبات جديدة، و%2 موجودة مسبقًا؛ %3 عملاء جدد، و%4 عُثر عليهم بالهاتف أو البريد؛ %5 صفوف.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported; nothing was written. Correct the file and check again.</source>
        <translation>
            <numerusform>لا يمكن استيراد أي صف؛ لم يُكتب شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>لا يمكن استيراد صف واحد؛ لم يُكتب شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>لا يمكن استيراد صفّين؛ لم يُكتب شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>لا يمكن استيراد %Ln صفوف؛ لم يُكتب شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>لا يمكن استيراد %Ln صفًا؛ لم يُكتب شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>لا يمكن استيراد %Ln صف؛ لم يُكتب شيء. صحّح الملف وافحصه من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed, and %2 more.</source>
        <translation>تظهر أول %1 منها، وهناك %2 أخرى.</translation>
    </message>
    <message>
        <source>Some rows hold bytes the chosen encoding cannot read: choose another above.</source>
        <translation>في بعض الصفوف بايتات لا يقرؤها الترميز المختار: اختر ترميزًا آخر في الأعلى.</translation>
    </message>
    <message>
        <source>Imported. A backup was made just before.</source>
        <translation>تم الاستيراد. أُنشئت نسخة احتياطية قبله مباشرة.</translation>
    </message>
    <message>
        <source>Ready to import:</source>
        <translation>جاهز للاستيراد:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a warning: phones kept as typed, marked unverified.</source>
        <translation>
            <numerusform>لا صفوف فيها تنبيه.</numerusform>
            <numerusform>صف واحد فيه تنبيه: هواتف حُفظت كما كُتبت، بوسم غير مُتحقَّق منها.</numerusform>
            <numerusform>صفّان فيهما تنبيه: هواتف حُفظت كما كُتبت، بوسم غير مُتحقَّق منها.</numerusform>
            <numerusform>%Ln صفوف فيها تنبيه: هواتف حُفظت كما كُتبت، بوسم غير مُتحقَّق منها.</numerusform>
            <numerusform>%Ln صفًا فيها تنبيه: هواتف حُفظت كما كُتبت، بوسم غير مُتحقَّق منها.</numerusform>
            <numerusform>%Ln صف فيها تنبيه: هواتف حُفظت كما كُتبت، بوسم غير مُتحقَّق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>New column mapping…</source>
        <translation>ربط أعمدة جديد…</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds NUL bytes). Export it again as CSV.</source>
        <translation>هذا ليس ملفًا نصيًا (فيه بايتات NUL). صدّره مرة أخرى كملف CSV.</translation>
    </message>
    <message>
        <source>The file is not a well-formed CSV file (line %1): a quote is not closed or a cell is far too long.</source>
        <translation>الملف ليس ملف CSV سليمًا (السطر %1): علامة اقتباس لم تُغلق أو خلية طويلة جدًا.</translation>
    </message>
    <message>
        <source>These columns are missing: %2. Choose another format or make a mapping.</source>
        <translation>هذه الأعمدة مفقودة: %2. اختر تنسيقًا آخر أو أنشئ ربطًا.</translation>
    </message>
    <message>
        <source>The file could not be opened: %2</source>
        <translation>تعذّر فتح الملف: %2</translation>
    </message>
    <message>
        <source>The file&apos;s encoding is not clear: choose it above.</source>
        <translation>ترميز الملف غير واضح: اختره في الأعلى.</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>استيراد الطلبات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>القراءة بترميز</translation>
    </message>
    <message>
        <source>The encoding is not clear. Check that the names below read right, or choose another.</source>
        <translation>الترميز غير واضح. تأكّد أن الأسماء أدناه تُقرأ صحيحة، أو اختر ترميزًا آخر.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows Arabic (Windows-1256)</source>
        <translation>ويندوز العربي (Windows-1256)</translation>
    </message>
    <message>
        <source>Windows Western (Windows-1252)</source>
        <translation>ويندوز الغربي (Windows-1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>لاتيني 1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (نص يونيكود من Excel)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026</source>
        <translation>تواريخ مثل 03/04/2026</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>احفظ الربط</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>افحص</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>حالة الدفع</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>أُلغي في</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>اسم الصنف</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>رمز الصنف (SKU)</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>كمية الصنف</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>سعر الصنف</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Refuse when unclear</source>
        <translation>ارفض عند الغموض</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>اليوم أولًا</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>الشهر أولًا</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>This is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 12.50 or ۱۲٫۵۰.</source>
        <translation>اكتب رقماً، مثل 12.50 أو ١٢٫٥٠.</translation>
    </message>
    <message>
        <source>Use a point for decimals (12.50); a comma only between thousands.</source>
        <translation>استخدم الفاصلة العشرية للكسور (12.50)، وفاصل الآلاف بين كل ثلاثة أرقام فقط.</translation>
    </message>
    <message>
        <source>Too many decimals for this currency.</source>
        <translation>خانات عشرية أكثر مما تسمح به هذه العملة.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>يجب أن تكون الكمية ١ على الأقل.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>يجب أن تكون الكمية عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>This is too large.</source>
        <translation>القيمة كبيرة جداً.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>النص طويل جداً.</translation>
    </message>
    <message>
        <source>This amount is not possible.</source>
        <translation>هذا المبلغ غير ممكن.</translation>
    </message>
    <message>
        <source>The discount is more than the line.</source>
        <translation>الخصم أكبر من قيمة السطر.</translation>
    </message>
    <message>
        <source>The discount is more than the order.</source>
        <translation>الخصم أكبر من قيمة الطلب.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>أضف سطراً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>The order would come to less than was paid for it. An edit does not change what was paid: give money back with a return, or cancel the order.</source>
        <translation>سيصبح إجمالي الطلب أقل مما دُفع له. التعديل لا يغيّر المبلغ المدفوع: أعد المال عبر إرجاع، أو ألغِ الطلب.</translation>
    </message>
    <message>
        <source>The order was paid with this customer&apos;s store credit, so it stays theirs. To sell it to someone else, cancel it and place a new order.</source>
        <translation>دُفع هذا الطلب من رصيد المتجر لهذا العميل، لذا يبقى له. لبيعه لشخص آخر، ألغِه وسجّل طلباً جديداً.</translation>
    </message>
    <message>
        <source>The order uses this customer&apos;s reward code. Take the code off first, then change the customer.</source>
        <translation>يستخدم هذا الطلب رمز مكافأة لهذا العميل. احذف الرمز أولاً، ثم غيّر العميل.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>Add the country code (e.g. +966), or set the shop&apos;s country.</source>
        <translation>أضف رمز الدولة (مثل +966) أو حدّد دولة المتجر.</translation>
    </message>
    <message>
        <source>A name needs letters.</source>
        <translation>يجب أن يحتوي الاسم على حروف.</translation>
    </message>
    <message>
        <source>This no longer exists; choose again.</source>
        <translation>لم يعد هذا موجوداً؛ اختر من جديد.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>This birthday is not possible.</source>
        <translation>تاريخ الميلاد هذا غير ممكن.</translation>
    </message>
    <message>
        <source>This is more than the customer&apos;s store credit.</source>
        <translation>هذا أكثر من رصيد المتجر لدى العميل.</translation>
    </message>
    <message>
        <source>Store credit belongs to a customer: choose one first.</source>
        <translation>رصيد المتجر يخص عميلاً: اختر العميل أولاً.</translation>
    </message>
    <message>
        <source>This reward code was used already.</source>
        <translation>استُخدم رمز المكافأة هذا من قبل.</translation>
    </message>
    <message>
        <source>This reward belongs to another customer.</source>
        <translation>هذه المكافأة لعميل آخر.</translation>
    </message>
    <message>
        <source>There is no reward with this code.</source>
        <translation>لا توجد مكافأة بهذا الرمز.</translation>
    </message>
    <message>
        <source>Choose the customer whose reward this is.</source>
        <translation>اختر العميل صاحب هذه المكافأة.</translation>
    </message>
    <message>
        <source>The discount must be what the reward gives.</source>
        <translation>يجب أن يساوي الخصم قيمة المكافأة.</translation>
    </message>
    <message>
        <source>This reward was taken back (its order was cancelled or returned).</source>
        <translation>استُردت هذه المكافأة (أُلغي طلبها أو أُرجع).</translation>
    </message>
    <message>
        <source>This reward&apos;s last day has passed.</source>
        <translation>انتهى آخر يوم لهذه المكافأة.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (SA, AE, IR…).</source>
        <translation>اختر دولة، أو اكتب رمزها من حرفين (SA، AE، IR…).</translation>
    </message>
    <message>
        <source>A short code belongs to a Saudi National Address.</source>
        <translation>العنوان المختصر خاص بالعنوان الوطني السعودي.</translation>
    </message>
    <message>
        <source>A short code is 4 letters and 4 digits, e.g. RRRD2929.</source>
        <translation>العنوان المختصر ٤ أحرف و٤ أرقام، مثل RRRD2929.</translation>
    </message>
    <message>
        <source>This country has no postal codes: leave it empty.</source>
        <translation>لا توجد رموز بريدية في هذه الدولة: اتركه فارغاً.</translation>
    </message>
    <message>
        <source>This is not a postal code of that country.</source>
        <translation>هذا ليس رمزاً بريدياً في تلك الدولة.</translation>
    </message>
    <message>
        <source>A customer keeps at most 50 addresses.</source>
        <translation>يحتفظ العميل بخمسين عنواناً على الأكثر.</translation>
    </message>
    <message>
        <source>A percent is between 0% and 100%.</source>
        <translation>النسبة المئوية بين ٠٪ و١٠٠٪.</translation>
    </message>
    <message>
        <source>This holds a NUL character, which cannot be kept.</source>
        <translation>يحتوي هذا على محرف NUL لا يمكن حفظه.</translation>
    </message>
    <message>
        <source>This holds a broken character, which cannot be kept; type or paste it again.</source>
        <translation>يحتوي هذا على محرف تالف لا يمكن حفظه؛ اكتبه أو الصقه من جديد.</translation>
    </message>
    <message>
        <source>This is more than the order&apos;s total: record what the order costs, not the cash handed over.</source>
        <translation>هذا أكثر من إجمالي الطلب: سجّل ما يكلّفه الطلب، لا المبلغ الذي سُلّم نقدًا.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>اليوم الأخير يسبق اليوم الأول.</translation>
    </message>
    <message>
        <source>This row has a different number of columns.</source>
        <translation>عدد أعمدة هذا الصف مختلف.</translation>
    </message>
    <message>
        <source>This order&apos;s rows are not together: an order&apos;s lines must follow each other.</source>
        <translation>صفوف هذا الطلب ليست متتالية: يجب أن تتتابع بنود الطلب.</translation>
    </message>
    <message>
        <source>An order number is kept up to 64 characters; this one is longer.</source>
        <translation>يُحفظ رقم الطلب حتى ٦٤ حرفًا؛ وهذا الرقم أطول من ذلك.</translation>
    </message>
    <message>
        <source>Bytes the chosen encoding cannot read (shown as \xNN).</source>
        <translation>بايتات لا يقرؤها الترميز المختار (تظهر بالشكل ‎\xNN‎).</translation>
    </message>
    <message>
        <source>Warning: this number is not known to be in use; kept as typed, marked unverified.</source>
        <translation>تنبيه: هذا الرقم غير معروف أنه مستخدم؛ حُفظ كما كُتب ووُسم بأنه غير مُتحقَّق منه.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>هذا ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Day or month first? Choose the date order in the column mapping.</source>
        <translation>اليوم أم الشهر أولًا؟ اختر ترتيب التاريخ في ربط الأعمدة.</translation>
    </message>
    <message>
        <source>This status is not known.</source>
        <translation>هذه الحالة غير معروفة.</translation>
    </message>
    <message>
        <source>This is not known.</source>
        <translation>هذا غير معروف.</translation>
    </message>
    <message>
        <source>Use small letters, digits, - and _ (not shopify or woocommerce).</source>
        <translation>استخدم حروفًا لاتينية صغيرة وأرقامًا و- و_ (وليس shopify أو woocommerce).</translation>
    </message>
    <message>
        <source>This is too long (at most 200 characters).</source>
        <translation>النص طويل جداً (٢٠٠ حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Store credit cannot be negative or more than what is paid.</source>
        <translation>لا يكون رصيد المتجر سالباً ولا أكثر من المدفوع.</translation>
    </message>
    <message>
        <source>No customer has this phone or number.</source>
        <translation>لا يوجد عميل بهذا الهاتف أو الرقم.</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>لا يمكن للعميل أن يحيل نفسه.</translation>
    </message>
    <message>
        <source>This customer was referred by the one you are editing; a referral cannot go both ways.</source>
        <translation>هذا العميل أحاله من تعدّله الآن؛ لا تكون الإحالة في الاتجاهين.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>هذا طويل جدًا (الحد الأقصى %1 حرف).</translation>
    </message>
    <message>
        <source>This phone belongs to %1.</source>
        <translation>هذا الرقم مسجّل باسم %1.</translation>
    </message>
</context>
<context>
    <name>LoyaltyHistoryDialog</name>
    <message>
        <source>Loyalty history of %1</source>
        <translation>سجل ولاء %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Adjust by hand</source>
        <translation>تعديل يدوي</translation>
    </message>
    <message>
        <source>Why, e.g. card from the old paper system</source>
        <translation>السبب، مثلًا بطاقة من النظام الورقي القديم</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Stamps or points (minus takes away)</source>
        <translation>أختام أو نقاط (السالب يخصم)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>مكتسب</translation>
    </message>
    <message>
        <source>reward issued</source>
        <translation>صدرت مكافأة</translation>
    </message>
    <message>
        <source>points used</source>
        <translation>نقاط مستخدمة</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>انتهت صلاحيته</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>استُرد</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <source>tier changed</source>
        <translation>تغيّر المستوى</translation>
    </message>
    <message>
        <source>Say why the card changes.</source>
        <translation>اذكر سبب تغيير البطاقة.</translation>
    </message>
    <message>
        <source>Choose how many stamps or points to add (or, with a minus, to take away).</source>
        <translation>اختر عدد الأختام أو النقاط المضافة (أو المخصومة بإشارة سالب).</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message numerus="yes">
        <source>%Ln stamp(s) owed</source>
        <translation>
            <numerusform>لا أختام مستحقة (%Ln)</numerusform>
            <numerusform>ختم واحد مستحق</numerusform>
            <numerusform>ختمان مستحقان</numerusform>
            <numerusform>%Ln أختام مستحقة</numerusform>
            <numerusform>%Ln ختمًا مستحقًا</numerusform>
            <numerusform>%Ln ختم مستحق</numerusform>
        </translation>
    </message>
    <message>
        <source>New stamps first make up for a returned order.</source>
        <translation>الأختام الجديدة تعوّض أولًا عن طلب مُرتجع.</translation>
    </message>
    <message>
        <source>%1 of %2 stamps</source>
        <translation>الأختام: %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more for %1</source>
        <translation>
            <numerusform>باقٍ %Ln للمكافأة: %1</numerusform>
            <numerusform>باقٍ ختم واحد للمكافأة: %1</numerusform>
            <numerusform>باقٍ ختمان للمكافأة: %1</numerusform>
            <numerusform>باقٍ %Ln أختام للمكافأة: %1</numerusform>
            <numerusform>باقٍ %Ln ختمًا للمكافأة: %1</numerusform>
            <numerusform>باقٍ %Ln ختم للمكافأة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more to fill the card</source>
        <translation>
            <numerusform>باقٍ %Ln لملء البطاقة</numerusform>
            <numerusform>باقٍ ختم واحد لملء البطاقة</numerusform>
            <numerusform>باقٍ ختمان لملء البطاقة</numerusform>
            <numerusform>باقٍ %Ln أختام لملء البطاقة</numerusform>
            <numerusform>باقٍ %Ln ختمًا لملء البطاقة</numerusform>
            <numerusform>باقٍ %Ln ختم لملء البطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward to use: %1</source>
        <translation>مكافأة للاستخدام: %1</translation>
    </message>
    <message>
        <source>worth %1</source>
        <translation>قيمتها %1</translation>
    </message>
    <message>
        <source>Ready to use, at least %1 at a time</source>
        <translation>جاهزة للاستخدام، %1 على الأقل في كل مرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more point(s) to use them</source>
        <translation>
            <numerusform>باقٍ %Ln نقطة لاستخدامها</numerusform>
            <numerusform>باقٍ نقطة واحدة لاستخدامها</numerusform>
            <numerusform>باقٍ نقطتان لاستخدامها</numerusform>
            <numerusform>باقٍ %Ln نقاط لاستخدامها</numerusform>
            <numerusform>باقٍ %Ln نقطة لاستخدامها</numerusform>
            <numerusform>باقٍ %Ln نقطة لاستخدامها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>لا مستوى بعد</translation>
    </message>
    <message>
        <source>%1% off every order</source>
        <translation>خصم %1٪ على كل طلب</translation>
    </message>
    <message numerus="yes">
        <source>Spent %1 in the last %Ln month(s)</source>
        <translation>
            <numerusform>أنفق %1 في آخر %Ln شهر</numerusform>
            <numerusform>أنفق %1 في الشهر الأخير</numerusform>
            <numerusform>أنفق %1 في الشهرين الأخيرين</numerusform>
            <numerusform>أنفق %1 في آخر %Ln أشهر</numerusform>
            <numerusform>أنفق %1 في آخر %Ln شهرًا</numerusform>
            <numerusform>أنفق %1 في آخر %Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more to reach %2</source>
        <translation>باقٍ %1 للوصول إلى %2</translation>
    </message>
    <message>
        <source>The highest tier</source>
        <translation>أعلى مستوى</translation>
    </message>
    <message>
        <source>Reward %1: %2</source>
        <translation>المكافأة %1: %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>خصم %1٪</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>خصم %1</translation>
    </message>
    <message>
        <source>the cheapest item free</source>
        <translation>أرخص منتج مجانًا</translation>
    </message>
</context>
<context>
    <name>LoyaltyView</name>
    <message>
        <source>Punch card</source>
        <translation>بطاقة الأختام</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <source>Loyalty programs</source>
        <translation>برامج الولاء</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Stamps to fill the card</source>
        <translation>عدد الأختام لملء البطاقة</translation>
    </message>
    <message>
        <source>A stamp for each order of at least</source>
        <translation>ختم لكل طلب لا يقل عن</translation>
    </message>
    <message>
        <source>Or one stamp per (amount spent; empty: per order)</source>
        <translation>أو ختم لكل (مبلغ منفق؛ فارغ: لكل طلب)</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <source>Reward value (amount or percent)</source>
        <translation>قيمة المكافأة (مبلغ أو نسبة)</translation>
    </message>
    <message>
        <source>Stamps expire after days (0: never)</source>
        <translation>تنتهي الأختام بعد أيام (٠: أبداً)</translation>
    </message>
    <message>
        <source>Most stamps a day (0: no limit)</source>
        <translation>أقصى أختام في اليوم (٠: بلا حد)</translation>
    </message>
    <message>
        <source>An order earns when it is</source>
        <translation>يكسب الطلب عندما يصبح</translation>
    </message>
    <message>
        <source>For each amount spent</source>
        <translation>عن كل مبلغ منفق قدره</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>One point is worth</source>
        <translation>قيمة النقطة الواحدة</translation>
    </message>
    <message>
        <source>Fewest points used at once</source>
        <translation>أقل عدد نقاط يُستخدم مرة واحدة</translation>
    </message>
    <message>
        <source>Spend counted over months</source>
        <translation>الإنفاق المحسوب خلال أشهر</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Reward for the one who referred</source>
        <translation>مكافأة من قام بالإحالة</translation>
    </message>
    <message>
        <source>Its value (amount or percent)</source>
        <translation>قيمتها (مبلغ أو نسبة)</translation>
    </message>
    <message>
        <source>Reward for the new customer</source>
        <translation>مكافأة العميل الجديد</translation>
    </message>
    <message>
        <source>The first order rewards when it is</source>
        <translation>يكافئ الطلب الأول عندما يكون</translation>
    </message>
    <message>
        <source>The cheapest item free</source>
        <translation>أرخص منتج مجاناً</translation>
    </message>
    <message>
        <source>An amount off</source>
        <translation>خصم بمبلغ</translation>
    </message>
    <message>
        <source>A percentage off</source>
        <translation>خصم بنسبة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>From spend</source>
        <translation>من إنفاق</translation>
    </message>
    <message>
        <source>Extra stamps</source>
        <translation>أختام إضافية</translation>
    </message>
    <message>
        <source>Extra points %</source>
        <translation>نقاط إضافية ٪</translation>
    </message>
    <message>
        <source>Standing discount %</source>
        <translation>خصم دائم ٪</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>إضافة مستوى</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>حذف مستوى</translation>
    </message>
    <message>
        <source>Given once a year in the customer&apos;s birthday month, good until the month ends; not when the birthday was entered or changed in the last 30 days.</source>
        <translation>تُمنح مرة في السنة في شهر ميلاد العميل، وتصلح حتى نهاية الشهر؛ ولا تُمنح إذا أُدخل تاريخ الميلاد أو غُيّر خلال آخر ٣٠ يومًا.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Save program</source>
        <translation>حفظ البرنامج</translation>
    </message>
    <message>
        <source>Program saved.</source>
        <translation>حُفظ البرنامج.</translation>
    </message>
    <message>
        <source>Give the program a name.</source>
        <translation>أعطِ البرنامج اسمًا.</translation>
    </message>
    <message>
        <source>One stamp away from a reward</source>
        <translation>على بُعد ختم واحد من مكافأة</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(موقوفة)</translation>
    </message>
    <message>
        <source>Say what the reward is worth: an amount, or a percentage from 1 to 100.</source>
        <translation>حدّد قيمة المكافأة: مبلغ أو نسبة من ١ إلى ١٠٠.</translation>
    </message>
    <message>
        <source>Say how much is spent for the points and what one point is worth.</source>
        <translation>اذكر المبلغ المنفق مقابل النقاط وقيمة النقطة الواحدة.</translation>
    </message>
    <message>
        <source>One tiers program runs at a time: pause %1 first.</source>
        <translation>يعمل برنامج مستويات واحد فقط في كل مرة: أوقف %1 أولًا.</translation>
    </message>
    <message>
        <source>Each level needs its own name and a higher spend than the one before; perks are whole numbers and a discount is at most 100%.</source>
        <translation>لكل مستوى اسم خاص وإنفاق أعلى من السابق؛ المزايا أعداد صحيحة والخصم ١٠٠٪ على الأكثر.</translation>
    </message>
    <message>
        <source>Type amounts as numbers, e.g. 50 or 12.50.</source>
        <translation>اكتب المبالغ أرقاماً، مثلاً ٥٠ أو ١٢٫٥٠.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>الملخصات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The backup is in place; every area shows the restored data.</source>
        <translation>النسخة الاحتياطية في مكانها الآن؛ كل الأقسام تعرض البيانات المستعادة.</translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation>حُفظت إعدادات المتجر.</translation>
    </message>
    <message>
        <source>shopdesk</source>
        <translation>شوب ديسك</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About shopdesk…</source>
        <translation>&amp;حول shopdesk…</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Unlocked as %1 — Lock</source>
        <translation>مفتوح باسم %1 — قفل</translation>
    </message>
    <message>
        <source>Lock the owner&apos;s actions again (they also lock after 5 minutes)</source>
        <translation>أعد قفل إجراءات المالك (تُقفل أيضًا بعد ٥ دقائق)</translation>
    </message>
    <message>
        <source>The database is on a network drive</source>
        <translation>قاعدة البيانات على محرك أقراص شبكي</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s database is on a network drive (%1). SQLite cannot lock a file reliably over a network: two desks writing at once can damage it. Keep the file on this computer&apos;s own disk, or, for several desks, use a PostgreSQL server.</source>
        <translation>قاعدة بيانات المتجر على محرك أقراص شبكي (%1). لا يستطيع SQLite قفل ملف بشكل موثوق عبر الشبكة: إذا كتب مكتبان في الوقت نفسه فقد يتلف الملف. احفظ الملف على قرص هذا الحاسوب نفسه، أو استخدم خادم PostgreSQL إذا كانت هناك عدة مكاتب.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>محطة التغليف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلباً</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Printed messages</source>
        <translation>الرسائل المطبوعة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Click to insert a detail of the order:</source>
        <translation>انقر لإدراج تفصيل من الطلب:</translation>
    </message>
    <message>
        <source>Use the default message</source>
        <translation>استخدم الرسالة الافتراضية</translation>
    </message>
    <message>
        <source>Save and preview</source>
        <translation>احفظ وعاين</translation>
    </message>
    <message>
        <source>Packing inserts</source>
        <translation>بطاقات التغليف</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>بطاقات الشكر</translation>
    </message>
    <message>
        <source>Saved. The preview shows it on an invented order.</source>
        <translation>حُفظت. تعرضها المعاينة على طلب تجريبي.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>تعذّر تجهيز المعاينة: %1</translation>
    </message>
    <message>
        <source>%1 is not a detail shopdesk knows; use the buttons below.</source>
        <translation>%1 ليس تفصيلاً يعرفه shopdesk؛ استخدم الأزرار أدناه.</translation>
    </message>
    <message>
        <source>The message is too long for a printed card (2,000 characters at most).</source>
        <translation>الرسالة أطول من أن تُطبع على بطاقة (٢٠٠٠ حرف على الأكثر).</translation>
    </message>
    <message>
        <source>A $ must start a detail such as $first_name; write $$ for a dollar sign.</source>
        <translation>يجب أن تبدأ $ تفصيلاً مثل $first_name؛ اكتب $$ لعلامة الدولار.</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>The order is already %1.</source>
        <translation>الطلب بالفعل في حالة %1.</translation>
    </message>
    <message>
        <source>A delivered or cancelled order does not move any more.</source>
        <translation>الطلب المُسلَّم أو الملغى لا تتغير حالته بعد ذلك.</translation>
    </message>
    <message>
        <source>An order does not move back to an earlier step.</source>
        <translation>لا يعود الطلب إلى خطوة سابقة.</translation>
    </message>
    <message>
        <source>Another desk changed this order just now; look again.</source>
        <translation>غيّر جهاز آخر هذا الطلب للتو؛ راجعه مرة أخرى.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>The insert is saved in %1.</source>
        <translation>حُفظت بطاقة التغليف في %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>الطلب %1 · %2</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>تعيين كـ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Print insert…</source>
        <translation>طباعة بطاقة التغليف…</translation>
    </message>
    <message>
        <source>Save this order&apos;s packing insert as a PDF, to print</source>
        <translation>احفظ بطاقة التغليف لهذا الطلب كملف PDF لطباعتها</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>بيع مباشر</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>المدفوع %1</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>التسليم المتوقع</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>رسالة الهدية</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>ملاحظات داخلية</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>الفوترة إلى</translation>
    </message>
    <message>
        <source>Same as ship to</source>
        <translation>عنوان الشحن نفسه</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>الخصم %1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>المجموع الفرعي %1</translation>
    </message>
    <message>
        <source>Shipping %1</source>
        <translation>الشحن %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Packing insert printed (%1)</source>
        <translation>طُبعت بطاقة التغليف (%1)</translation>
    </message>
    <message>
        <source>Thank-you note printed (%1)</source>
        <translation>طُبعت بطاقة الشكر (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Start a return…</source>
        <translation>بدء إرجاع…</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>تسجيل رأي العميل…</translation>
    </message>
    <message>
        <source>incl. VAT %1</source>
        <translation>شامل ضريبة القيمة المضافة %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>ضريبة القيمة المضافة %1</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>الصافي %1</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>خاضع لنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>الفاتورة %1</translation>
    </message>
    <message>
        <source>Credit notes %1</source>
        <translation>إشعارات دائنة %1</translation>
    </message>
</context>
<context>
    <name>OrderEditMode</name>
    <message>
        <source>What you typed is still here.</source>
        <translation>ما كتبته ما زال هنا.</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>حالته</translation>
    </message>
    <message>
        <source>Another desk changed this order while you were editing it (%1). What you typed is still here.</source>
        <translation>غيّر جهاز آخر هذا الطلب أثناء تعديلك له (%1). ما كتبته ما زال هنا.</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>تعديل الطلب %1</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>حفظ التغييرات (Ctrl+S)</translation>
    </message>
    <message>
        <source>What was paid is not changed by an edit.</source>
        <translation>التعديل لا يغيّر المبلغ المدفوع.</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>الإبقاء على تغييراتي</translation>
    </message>
    <message>
        <source>Load the saved order</source>
        <translation>تحميل الطلب المحفوظ</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <source>No customer chosen (a walk-in sale).</source>
        <translation>لم يُختر عميل (بيع مباشر).</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>العميل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) worth %1</source>
        <translation>
            <numerusform>لا نقاط (%Ln) بقيمة %1</numerusform>
            <numerusform>نقطة واحدة بقيمة %1</numerusform>
            <numerusform>نقطتان بقيمة %1</numerusform>
            <numerusform>%Ln نقاط بقيمة %1</numerusform>
            <numerusform>%Ln نقطة بقيمة %1</numerusform>
            <numerusform>%Ln نقطة بقيمة %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>المستوى: %1</translation>
    </message>
    <message>
        <source>%1% off every order</source>
        <translation>خصم %1٪ على كل طلب</translation>
    </message>
    <message>
        <source>Add items first: this order is too small for %1 points.</source>
        <translation>أضف منتجات أولًا: هذا الطلب أصغر من أن يستخدم %1 نقطة.</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>استخدام النقاط</translation>
    </message>
    <message>
        <source>Points to use on this order (at least %1):</source>
        <translation>النقاط المستخدمة في هذا الطلب (%1 على الأقل):</translation>
    </message>
    <message>
        <source>available: %1</source>
        <translation>المتاح: %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(الافتراضي)</translation>
    </message>
    <message>
        <source>Type an address</source>
        <translation>اكتب عنواناً</translation>
    </message>
    <message>
        <source>Reward %1: %2 off</source>
        <translation>المكافأة %1: خصم %2</translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln stamp(s)</source>
        <translation>
            <numerusform>لا أختام</numerusform>
            <numerusform>يكسب ختماً واحداً</numerusform>
            <numerusform>يكسب ختمين</numerusform>
            <numerusform>يكسب %Ln أختام</numerusform>
            <numerusform>يكسب %Ln ختماً</numerusform>
            <numerusform>يكسب %Ln ختم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln point(s)</source>
        <translation>
            <numerusform>لا يكسب نقاطًا</numerusform>
            <numerusform>يكسب نقطة واحدة</numerusform>
            <numerusform>يكسب نقطتين</numerusform>
            <numerusform>يكسب %Ln نقاط</numerusform>
            <numerusform>يكسب %Ln نقطة</numerusform>
            <numerusform>يكسب %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>الإجمالي: —</translation>
    </message>
    <message>
        <source>incl. VAT %1</source>
        <translation>شامل ضريبة القيمة المضافة %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>ضريبة القيمة المضافة %1</translation>
    </message>
    <message>
        <source>Subtotal %1 · Total %2 · Balance due %3</source>
        <translation>المجموع الفرعي %1 · الإجمالي %2 · المتبقي %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Type a name or phone number…</source>
        <translation>اكتب اسماً أو رقم هاتف…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Use that customer</source>
        <translation>استخدم ذلك العميل</translation>
    </message>
    <message>
        <source>Use points…</source>
        <translation>استخدام النقاط…</translation>
    </message>
    <message>
        <source>Apply tier discount</source>
        <translation>تطبيق خصم المستوى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language for notes</source>
        <translation>لغة البطاقات المطبوعة</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Add line (Ctrl+L)</source>
        <translation>إضافة سطر (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف السطر</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>خصم الطلب</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>رمز الخصم</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>التسليم المتوقع</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>رسالة الهدية</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>ملاحظات داخلية</translation>
    </message>
    <message>
        <source>Paid with store credit</source>
        <translation>مدفوع من رصيد المتجر</translation>
    </message>
    <message>
        <source>Paid in full on save (%1)</source>
        <translation>مدفوع بالكامل عند الحفظ (%1)</translation>
    </message>
    <message>
        <source>Ship to an address</source>
        <translation>الشحن إلى عنوان</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>From the address book</source>
        <translation>من دفتر العناوين</translation>
    </message>
    <message>
        <source>Bill to a different address</source>
        <translation>الفوترة إلى عنوان آخر</translation>
    </message>
    <message>
        <source>Save order (Ctrl+S)</source>
        <translation>حفظ الطلب (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>خصم الطلب</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>رمز الخصم</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>التسليم المتوقع</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>رسالة الهدية</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>ملاحظات داخلية</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>الفوترة إلى</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>This order is packed or on its way: a change now goes through a return or a cancellation.</source>
        <translation>هذا الطلب مُغلَّف أو في الطريق: أي تغيير الآن يتم عبر إرجاع أو إلغاء.</translation>
    </message>
    <message>
        <source>This order is cancelled and cannot be changed.</source>
        <translation>هذا الطلب ملغى ولا يمكن تغييره.</translation>
    </message>
    <message>
        <source>This order has a return: a change now goes through the return or a cancellation.</source>
        <translation>لهذا الطلب إرجاع: أي تغيير الآن يتم عبر الإرجاع أو الإلغاء.</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>بيع مباشر</translation>
    </message>
    <message>
        <source>same as ship to</source>
        <translation>نفس عنوان الشحن</translation>
    </message>
    <message>
        <source>Item added: %1</source>
        <translation>أُضيف صنف: %1</translation>
    </message>
    <message>
        <source>Item removed: %1</source>
        <translation>حُذف صنف: %1</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s) match</source>
        <translation>
            <numerusform>لا طلبات مطابقة</numerusform>
            <numerusform>طلب واحد مطابق</numerusform>
            <numerusform>طلبان مطابقان</numerusform>
            <numerusform>%Ln طلبات مطابقة</numerusform>
            <numerusform>%Ln طلباً مطابقاً</numerusform>
            <numerusform>%Ln طلب مطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the orders to change first.</source>
        <translation>اختر الطلبات التي تريد تغييرها أولاً.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) marked %1.</source>
        <translation>
            <numerusform>لم يُغيَّر أي طلب إلى %1.</numerusform>
            <numerusform>طلب واحد أصبح %1.</numerusform>
            <numerusform>طلبان أصبحا %1.</numerusform>
            <numerusform>%Ln طلبات أصبحت %1.</numerusform>
            <numerusform>%Ln طلباً أصبح %1.</numerusform>
            <numerusform>%Ln طلب أصبح %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) left as they were (already there, final, or a step back).</source>
        <translation>
            <numerusform>لم يبقَ أي طلب دون تغيير.</numerusform>
            <numerusform>بقي طلب واحد كما هو (في هذه الحالة أصلاً، أو نهائي، أو خطوة إلى الوراء).</numerusform>
            <numerusform>بقي طلبان كما هما (في هذه الحالة أصلاً، أو نهائيان، أو خطوة إلى الوراء).</numerusform>
            <numerusform>بقيت %Ln طلبات كما هي (في هذه الحالة أصلاً، أو نهائية، أو خطوة إلى الوراء).</numerusform>
            <numerusform>بقي %Ln طلباً كما هو (في هذه الحالة أصلاً، أو نهائي، أو خطوة إلى الوراء).</numerusform>
            <numerusform>بقي %Ln طلب كما هو (في هذه الحالة أصلاً، أو نهائي، أو خطوة إلى الوراء).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي طلب.</numerusform>
            <numerusform>استُورد طلب واحد.</numerusform>
            <numerusform>استُورد طلبان.</numerusform>
            <numerusform>استُوردت %Ln طلبات.</numerusform>
            <numerusform>استُورد %Ln طلبًا.</numerusform>
            <numerusform>استُورد %Ln طلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 saved.</source>
        <translation>حُفظ الطلب %1.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>طلب جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>الكتالوج…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Bring in orders from another shop&apos;s CSV export (Shopify, WooCommerce…)</source>
        <translation>اجلب الطلبات من ملف CSV مُصدَّر من متجر آخر (Shopify وWooCommerce…)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save every order as a CSV file for a spreadsheet, one row per item</source>
        <translation>احفظ كل الطلبات كملف CSV لجدول بيانات، صف لكل صنف</translation>
    </message>
    <message>
        <source>Search: order number, tracking number, name or phone (Ctrl+F)</source>
        <translation>بحث: رقم الطلب أو رقم التتبع أو الاسم أو الهاتف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Mark selected as…</source>
        <translation>تعيين المحدد كـ…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <source>Scan an order number to start.</source>
        <translation>امسح رقم الطلب للبدء.</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>محطة التغليف</translation>
    </message>
    <message>
        <source>Scan or type an order number, then each item&apos;s SKU</source>
        <translation>امسح رقم الطلب أو اكتبه، ثم رمز كل منتج</translation>
    </message>
    <message>
        <source>Print the insert on the default printer</source>
        <translation>اطبع بطاقة التغليف على الطابعة الافتراضية</translation>
    </message>
    <message>
        <source>Otherwise inserts are saved to print later in %1</source>
        <translation>وإلا تُحفظ البطاقات لطباعتها لاحقاً في %1</translation>
    </message>
    <message>
        <source>%1 ticked.</source>
        <translation>تم تأشير %1.</translation>
    </message>
    <message>
        <source>All of %1 is packed already.</source>
        <translation>كل %1 مُغلّف بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not in this order.</source>
        <translation>%1 ليس في هذا الطلب.</translation>
    </message>
    <message>
        <source>%1 is not an order number.</source>
        <translation>%1 ليس رقم طلب.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>لا يوجد طلب %1.</translation>
    </message>
    <message>
        <source>Order %1 has no items to pack.</source>
        <translation>الطلب %1 لا يحتوي على منتجات للتغليف.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: collect %2 on delivery. Tick each item as it goes in the box.</source>
        <translation>الطلب %1 غير مدفوع: حصّل %2 عند التسليم. أشّر على كل منتج عند وضعه في الصندوق.</translation>
    </message>
    <message>
        <source>Order %1: tick each item as it goes in the box.</source>
        <translation>الطلب %1: أشّر على كل منتج عند وضعه في الصندوق.</translation>
    </message>
    <message>
        <source>Order %1 is packed, but its insert could not be made: %2</source>
        <translation>تم تغليف الطلب %1، لكن تعذّر تجهيز بطاقته: %2</translation>
    </message>
    <message>
        <source>Order %1 is packed. It is not paid: collect %2 on delivery.</source>
        <translation>تم تغليف الطلب %1. وهو غير مدفوع: حصّل %2 عند التسليم.</translation>
    </message>
    <message>
        <source>Order %1 is packed and its insert is printing.</source>
        <translation>تم تغليف الطلب %1 وبطاقته قيد الطباعة.</translation>
    </message>
    <message>
        <source>Order %1 is packed; its insert waits in the print queue.</source>
        <translation>تم تغليف الطلب %1؛ بطاقته في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>Not paid: collect %1 on delivery.</source>
        <translation>غير مدفوع: حصّل %1 عند التسليم.</translation>
    </message>
    <message>
        <source>Order %1 is not paid (%2 to pay). This shop packs only paid orders: do not pack it until it is paid.</source>
        <translation>الطلب %1 غير مدفوع (المتبقي %2). هذا المتجر لا يغلّف إلا الطلبات المدفوعة: لا تغلّفه حتى يُدفع.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled. Do not pack it.</source>
        <translation>الطلب %1 ملغى. لا تغلّفه.</translation>
    </message>
    <message>
        <source>Order %1 is already %2. Do not pack it again.</source>
        <translation>الطلب %1 بالفعل %2. لا تغلّفه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>نقداً</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>الدفع عند الاستلام</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>محفظة إلكترونية</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>المدفوع %1</translation>
    </message>
    <message>
        <source>Given back %1</source>
        <translation>المُعاد %1</translation>
    </message>
    <message>
        <source>Balance due %1</source>
        <translation>المتبقي %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>مرتجع %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Exchange: order %1</source>
        <translation>استبدال: الطلب %1</translation>
    </message>
    <message>
        <source>Refunded the way it was paid</source>
        <translation>استرداد بطريقة الدفع نفسها</translation>
    </message>
    <message>
        <source>marked paid before payments were recorded</source>
        <translation>عُلِّم مدفوعًا قبل تسجيل المدفوعات</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز سري خاطئ.</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits.</source>
        <translation>الرمز السري ٦ أرقام على الأقل.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <translation>الرمز السري أرقام فقط.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد دقيقة واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد دقيقتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln دقائق.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مجددًا بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>الرمز السري للمالك</translation>
    </message>
    <message>
        <source>This needs the owner&apos;s PIN: %1.</source>
        <translation>هذا يحتاج إلى الرمز السري للمالك: %1.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>The desk stays unlocked for 5 minutes, or until you lock it.</source>
        <translation>يبقى الجهاز مفتوحًا ٥ دقائق أو حتى تقفله.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <source>Print studio</source>
        <translation>استوديو الطباعة</translation>
    </message>
    <message>
        <source>Orders with status</source>
        <translation>الطلبات بالحالة</translation>
    </message>
    <message>
        <source>changed today</source>
        <translation>تغيّرت اليوم</translation>
    </message>
    <message>
        <source>Orders selected in the orders list</source>
        <translation>الطلبات المحددة في قائمة الطلبات</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>أرقام الطلبات</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Gift mode (no prices, with the gift message)</source>
        <translation>وضع الهدية (بلا أسعار، مع رسالة الهدية)</translation>
    </message>
    <message>
        <source>A line about a free sample or gift in the parcel (optional)</source>
        <translation>سطر عن عينة مجانية أو هدية في الطرد (اختياري)</translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation>الرسائل…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Packing inserts</source>
        <translation>بطاقات التغليف</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>بطاقات الشكر</translation>
    </message>
    <message>
        <source>Receipts (simplified tax invoices)</source>
        <translation>إيصالات (فواتير ضريبية مبسطة)</translation>
    </message>
    <message>
        <source>Tax invoices</source>
        <translation>فواتير ضريبية</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>إشعارات دائنة</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6 (١٠٥ × ١٤٨ مم)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm; notes fold to A6)</source>
        <translation>A5 (١٤٨ × ٢١٠ مم؛ بطاقات الشكر تُطوى إلى A6)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (٢١٠ × ٢٩٧ مم)</translation>
    </message>
    <message>
        <source>4 × 6 in (label printer)</source>
        <translation>٤ × ٦ إنش (طابعة الملصقات)</translation>
    </message>
    <message>
        <source>2 per A4 sheet, with cut marks</source>
        <translation>٢ في ورقة A4 مع علامات القص</translation>
    </message>
    <message>
        <source>4 per A4 sheet, with cut marks</source>
        <translation>٤ في ورقة A4 مع علامات القص</translation>
    </message>
    <message>
        <source>Each customer&apos;s language</source>
        <translation>لغة كل عميل</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>لا يوجد طلب %1.</translation>
    </message>
    <message>
        <source>No orders match these choices.</source>
        <translation>لا توجد طلبات تطابق هذه الاختيارات.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln document(s)…</source>
        <translation>
            <numerusform>لا مستندات…</numerusform>
            <numerusform>جارٍ تجهيز مستند واحد…</numerusform>
            <numerusform>جارٍ تجهيز مستندين…</numerusform>
            <numerusform>جارٍ تجهيز %Ln مستندات…</numerusform>
            <numerusform>جارٍ تجهيز %Ln مستنداً…</numerusform>
            <numerusform>جارٍ تجهيز %Ln مستند…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) ready.</source>
        <translation>
            <numerusform>لا مستندات جاهزة.</numerusform>
            <numerusform>مستند واحد جاهز.</numerusform>
            <numerusform>مستندان جاهزان.</numerusform>
            <numerusform>%Ln مستندات جاهزة.</numerusform>
            <numerusform>%Ln مستنداً جاهزاً.</numerusform>
            <numerusform>%Ln مستند جاهز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them printed before.</source>
        <translation>
            <numerusform>لم يُطبع أي منها من قبل.</numerusform>
            <numerusform>طُبع واحد منها من قبل.</numerusform>
            <numerusform>طُبع اثنان منها من قبل.</numerusform>
            <numerusform>طُبع %Ln منها من قبل.</numerusform>
            <numerusform>طُبع %Ln منها من قبل.</numerusform>
            <numerusform>طُبع %Ln منها من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln document(s) to %1.</source>
        <translation>
            <numerusform>لم يُحفظ شيء في %1.</numerusform>
            <numerusform>حُفظ مستند واحد في %1.</numerusform>
            <numerusform>حُفظ مستندان في %1.</numerusform>
            <numerusform>حُفظت %Ln مستندات في %1.</numerusform>
            <numerusform>حُفظ %Ln مستنداً في %1.</numerusform>
            <numerusform>حُفظ %Ln مستند في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln document(s) to the printer.</source>
        <translation>
            <numerusform>لم يُرسل شيء إلى الطابعة.</numerusform>
            <numerusform>أُرسل مستند واحد إلى الطابعة.</numerusform>
            <numerusform>أُرسل مستندان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln مستندات إلى الطابعة.</numerusform>
            <numerusform>أُرسل %Ln مستنداً إلى الطابعة.</numerusform>
            <numerusform>أُرسل %Ln مستند إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>80 mm roll (receipt printer)</source>
        <translation>لفافة ٨٠ مم (طابعة الإيصالات)</translation>
    </message>
    <message>
        <source>58 mm roll (small receipt printer)</source>
        <translation>لفافة ٥٨ مم (طابعة إيصالات صغيرة)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (١٤٨ × ٢١٠ مم)</translation>
    </message>
    <message>
        <source>The orders chosen have none of these documents: an order placed without VAT has no tax invoice, and only a return or a cancellation gives a credit note.</source>
        <translation>لا توجد لهذه الطلبات مستندات من هذا النوع: الطلب المسجل دون ضريبة القيمة المضافة ليست له فاتورة ضريبية، ولا يصدر إشعار دائن إلا عن إرجاع أو إلغاء.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>تعذّرت كتابة ملف PDF: %1</translation>
    </message>
    <message>
        <source>The documents could not be made: %1</source>
        <translation>تعذّر تجهيز المستندات: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed.</source>
        <translation>أُلغي؛ لم يُطبع شيء.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Select orders in the orders list first.</source>
        <translation>حدّد الطلبات في قائمة الطلبات أولاً.</translation>
    </message>
    <message>
        <source>Type order numbers separated by commas, e.g. 1001, 1002.</source>
        <translation>اكتب أرقام الطلبات مفصولة بفواصل، مثل ١٠٠١، ١٠٠٢.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكراً لك!</translation>
    </message>
    <message>
        <source>In your parcel</source>
        <translation>في طردك</translation>
    </message>
    <message>
        <source>Scan to review your order</source>
        <translation>يُرجى مسح الرمز لتقييم طلبك</translation>
    </message>
    <message>
        <source>Scan to tell us privately how we did</source>
        <translation>يُرجى مسح الرمز لإخبارنا برأيك بشكل خاص</translation>
    </message>
    <message>
        <source>Returns accepted until</source>
        <translation>يمكن الإرجاع حتى</translation>
    </message>
    <message>
        <source>Your code for next time</source>
        <translation>رمزك لطلبك القادم</translation>
    </message>
    <message>
        <source>Your loyalty card</source>
        <translation>بطاقة الولاء الخاصة بك</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>يتبع في الصفحة التالية</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز المنتج</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>قسيمة الإرجاع</translation>
    </message>
    <message>
        <source>Return number</source>
        <translation>رقم الإرجاع</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>المُرجع الآن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Please put this slip in the parcel with the items.</source>
        <translation>يُرجى وضع هذه القسيمة في الطرد مع المنتجات.</translation>
    </message>
    <message>
        <source>Items must be</source>
        <translation>يجب أن تكون المنتجات</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Discount on this line</source>
        <translation>خصم على هذا البند</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>شامل ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>المبلغ المتبقي</translation>
    </message>
    <message>
        <source>To collect on delivery</source>
        <translation>المبلغ المطلوب عند التسليم</translation>
    </message>
    <message>
        <source>Dear $first_name, thank you for your order $order_number! We packed it with care and hope you love it.</source>
        <translation>أهلاً $first_name، شكراً لطلبك رقم $order_number! جهّزناه بعناية ونتمنى أن ينال إعجابك.</translation>
    </message>
    <message>
        <source>Dear $first_name, thank you for choosing $shop_name. It was a pleasure to prepare your order for you.</source>
        <translation>أهلاً $first_name، شكراً لاختيارك $shop_name. سعدنا بتجهيز طلبك.</translation>
    </message>
    <message>
        <source>Thank you for your order $order_number! We packed it with care and hope you love it.</source>
        <translation>شكراً لطلبك رقم $order_number! جهّزناه بعناية ونتمنى أن ينال إعجابك.</translation>
    </message>
    <message>
        <source>Thank you for choosing $shop_name. It was a pleasure to prepare your order for you.</source>
        <translation>شكراً لاختيارك $shop_name. سعدنا بتجهيز طلبك.</translation>
    </message>
    <message>
        <source>A gift for you, chosen with care and packed by $shop_name.</source>
        <translation>هدية لك، اختيرت بعناية وغلّفها $shop_name.</translation>
    </message>
    <message>
        <source>Returns are accepted within $return_days days of delivery, unused and in their original packaging. Send the items with this slip; once we have checked them, the money goes back the way you paid.</source>
        <translation>نقبل الإرجاع خلال $return_days يوماً من الاستلام، دون استعمال وفي العبوة الأصلية. يُرجى إرسال المنتجات مع هذه القسيمة؛ وبعد فحصها نعيد المبلغ بطريقة الدفع نفسها.</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Default (%1)</source>
        <translation>الافتراضية (%1)</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>خاضع لنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>the SKU is required.</source>
        <translation>رمز الصنف مطلوب.</translation>
    </message>
    <message>
        <source>this SKU is already used by another product.</source>
        <translation>رمز الصنف هذا مستخدم لمنتج آخر.</translation>
    </message>
    <message>
        <source>the SKU may not have spaces (at most 64 characters).</source>
        <translation>لا يجوز أن يحتوي رمز الصنف على مسافات (٦٤ حرفاً على الأكثر).</translation>
    </message>
    <message>
        <source>give the product a name in at least one language.</source>
        <translation>أعطِ المنتج اسماً بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>the price is not a number.</source>
        <translation>السعر ليس رقماً.</translation>
    </message>
    <message>
        <source>use a point for decimals in the price.</source>
        <translation>استخدم الفاصلة العشرية في السعر.</translation>
    </message>
    <message>
        <source>the price has too many decimals for this currency.</source>
        <translation>في السعر خانات عشرية أكثر مما تسمح به العملة.</translation>
    </message>
    <message>
        <source>the price is not possible.</source>
        <translation>هذا السعر غير ممكن.</translation>
    </message>
    <message>
        <source>this VAT rate is no longer among the rates in Settings → Tax.</source>
        <translation>نسبة الضريبة هذه لم تعد ضمن النسب في الإعدادات ← الضريبة.</translation>
    </message>
    <message>
        <source>reorder every: a whole number of days from 1 to 3650, or blank for a product that is not a consumable.</source>
        <translation>إعادة الطلب كل: عدد صحيح من الأيام من ١ إلى ٣٦٥٠، أو فارغ لمنتج غير استهلاكي.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (إنجليزي)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (عربي)</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>الاسم (فارسي)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>قابل للإرجاع</translation>
    </message>
    <message>
        <source>Care tip (English)</source>
        <translation>نصيحة العناية (إنجليزي)</translation>
    </message>
    <message>
        <source>Care tip (Arabic)</source>
        <translation>نصيحة العناية (عربي)</translation>
    </message>
    <message>
        <source>Care tip (Persian)</source>
        <translation>نصيحة العناية (فارسي)</translation>
    </message>
    <message>
        <source>Reorder every (days)</source>
        <translation>إعادة الطلب كل (أيام)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نسبة الضريبة</translation>
    </message>
    <message>
        <source>How many days a consumable usually lasts; its buyers get a reorder reminder in Follow-ups. Blank: not a consumable.</source>
        <translation>كم يوماً يدوم المنتج الاستهلاكي عادةً؛ يحصل مشتروه على تذكير بإعادة الطلب في المتابعات. فارغ: ليس منتجاً استهلاكياً.</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>حفظ التغييرات (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تذكرة دعم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>وعد جديد</translation>
    </message>
    <message>
        <source>Customer (phone or number, optional)</source>
        <translation>العميل (الهاتف أو الرقم، اختياري)</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>ما الذي وُعد به</translation>
    </message>
    <message>
        <source>Who keeps it</source>
        <translation>من يفي به</translation>
    </message>
    <message>
        <source>By</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Within working days</source>
        <translation>خلال أيام عمل</translation>
    </message>
    <message>
        <source>The channel&apos;s response target</source>
        <translation>هدف الاستجابة للقناة</translation>
    </message>
    <message>
        <source>e.g. a replacement within 7 working days</source>
        <translation>مثلاً: بديل خلال ٧ أيام عمل</translation>
    </message>
    <message>
        <source>in %1 from now</source>
        <translation>بعد %1 من الآن</translation>
    </message>
    <message>
        <source>choose a channel that has a response target</source>
        <translation>اختر قناة لها هدف استجابة</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>لا يوجد عميل %1.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>اذكر ما وُعد به.</translation>
    </message>
    <message>
        <source>Say who keeps the promise.</source>
        <translation>اذكر من يفي بالوعد.</translation>
    </message>
    <message>
        <source>Working days: a whole number from 0 to 365.</source>
        <translation>أيام العمل: عدد صحيح من ٠ إلى ٣٦٥.</translation>
    </message>
    <message>
        <source>Choose a day, or a channel that has a response target.</source>
        <translation>اختر يوماً، أو قناة لها هدف استجابة.</translation>
    </message>
    <message>
        <source>The shop&apos;s weekend leaves no working day; change it in Response times….</source>
        <translation>عطلة المتجر لا تترك أي يوم عمل؛ غيّرها في أوقات الاستجابة….</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>%1 is more than the %2 left to pay.</source>
        <translation>%1 أكثر من المتبقي للدفع %2.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>اكتب مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>A cancelled order takes no payment.</source>
        <translation>الطلب الملغى لا يقبل دفعات.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Order %1: %2 left to pay</source>
        <translation>الطلب %1: المتبقي للدفع %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>تسجيل الدفعة</translation>
    </message>
</context>
<context>
    <name>ResponseTargetsDialog</name>
    <message>
        <source>Response times</source>
        <translation>أوقات الاستجابة</translation>
    </message>
    <message>
        <source>How soon the shop means to answer on each channel. Each open item shows the time left against it; a new promise on a channel is due by it unless you choose a day. Leave blank for no target.</source>
        <translation>ما مدى سرعة ردّ المتجر على كل قناة. يعرض كل بند مفتوح الوقت المتبقي مقارنةً به؛ ويُستحق الوعد الجديد على قناة بحسبه ما لم تختر يوماً. اتركه فارغاً بلا هدف.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Weekend (not counted in “within N working days”)</source>
        <translation>العطلة الأسبوعية (لا تُحسب في «خلال N أيام عمل»)</translation>
    </message>
    <message>
        <source>Public holidays are not known to shopdesk: choose a later day then.</source>
        <translation>لا يعرف shopdesk العطلات الرسمية: اختر يوماً لاحقاً حينها.</translation>
    </message>
    <message>
        <source>A whole number from 1, at most 30 days; blank for no target.</source>
        <translation>عدد صحيح من ١، بحد أقصى ٣٠ يوماً؛ فارغ بلا هدف.</translation>
    </message>
    <message>
        <source>At most three days of the week can be the weekend.</source>
        <translation>يمكن أن تكون العطلة ثلاثة أيام من الأسبوع على الأكثر.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Start a return</source>
        <translation>بدء إرجاع</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Allow anyway, because (owner)</source>
        <translation>السماح رغم ذلك، لأن (المالك)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>المشترى</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>أُرجع سابقاً</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>المُرجع الآن</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>مطلوب عند اختيار «أخرى»</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>لا يوجد طلب %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>returns until %1</source>
        <translation>الإرجاع حتى %1</translation>
    </message>
    <message>
        <source>(not returnable)</source>
        <translation>(غير قابل للإرجاع)</translation>
    </message>
    <message>
        <source>Type the number of the order that comes back.</source>
        <translation>اكتب رقم الطلب المُرجع.</translation>
    </message>
    <message>
        <source>Outside the return window: it closed on %1.</source>
        <translation>خارج مهلة الإرجاع: انتهت في %1.</translation>
    </message>
    <message>
        <source>Not returnable under your policy: %1.</source>
        <translation>غير قابل للإرجاع حسب سياستك: %1.</translation>
    </message>
    <message>
        <source>To allow it anyway, write why below and save again.</source>
        <translation>للسماح به رغم ذلك، اكتب السبب أدناه واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation>اختر عدد ما يُرجع من كل منتج.</translation>
    </message>
    <message>
        <source>Say what the reason is.</source>
        <translation>اذكر السبب.</translation>
    </message>
    <message>
        <source>A cancelled order cannot be returned.</source>
        <translation>لا يمكن إرجاع طلب ملغى.</translation>
    </message>
    <message>
        <source>This cannot be saved: %1</source>
        <translation>لا يمكن الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ReturnPolicyDialog</name>
    <message>
        <source>Return policy</source>
        <translation>سياسة الإرجاع</translation>
    </message>
    <message>
        <source>Days to return, from delivery (0: no limit)</source>
        <translation>أيام الإرجاع من الاستلام (٠: بلا حد)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Items must be</source>
        <translation>يجب أن تكون المنتجات</translation>
    </message>
    <message>
        <source>The policy in plain words (printed on return slips; $return_days fills in):</source>
        <translation>السياسة بكلمات واضحة (تُطبع على قسائم الإرجاع؛ يُملأ $return_days تلقائياً):</translation>
    </message>
    <message>
        <source>e.g. unused, in the original packaging</source>
        <translation>مثلاً: غير مستعملة وفي العبوة الأصلية</translation>
    </message>
    <message>
        <source>Restocking fee kept, by reason</source>
        <translation>رسوم إعادة التخزين حسب السبب</translation>
    </message>
    <message>
        <source>Your own reasons (one a line)</source>
        <translation>أسبابك الخاصة (سبب في كل سطر)</translation>
    </message>
    <message>
        <source>e.g. Arrived late</source>
        <translation>مثلاً: وصل متأخراً</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Offer at least one of refund, store credit or exchange.</source>
        <translation>اعرض واحداً على الأقل: استرداد أو رصيد متجر أو استبدال.</translation>
    </message>
    <message>
        <source>A reason is too long (32 characters at most): %1</source>
        <translation>السبب طويل جداً (٣٢ حرفاً على الأكثر): %1</translation>
    </message>
    <message>
        <source>A policy text is too long (2,000 characters at most).</source>
        <translation>نص السياسة طويل جداً (٢٠٠٠ حرف على الأكثر).</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <source>Damaged on arrival</source>
        <translation>وصل تالفاً</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>أُرسل منتج خاطئ</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>مقاس خاطئ</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>ليس كما وُصف</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>غيّر رأيه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مُستلم</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>مفحوص</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مُسترد</translation>
    </message>
    <message>
        <source>Store credit given</source>
        <translation>مُنح رصيد متجر</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>مُستبدل</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Start a return…</source>
        <translation>بدء إرجاع…</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Return slip (PDF)…</source>
        <translation>قسيمة الإرجاع (PDF)…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>سياسة الإرجاع…</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>كل المرتجعات</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>رقم الإرجاع</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>مفحوص</translation>
    </message>
    <message>
        <source>Give store credit</source>
        <translation>منح رصيد متجر</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Return %1 · order %2</source>
        <translation>الإرجاع %1 · الطلب %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>المنتجات: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Paid for these items: %1 — order %2 was not paid.</source>
        <translation>المدفوع لهذه المنتجات: %1 — الطلب %2 لم يُدفع.</translation>
    </message>
    <message>
        <source>Paid for these items: %1</source>
        <translation>المدفوع لهذه المنتجات: %1</translation>
    </message>
    <message>
        <source>Restocking fee: %1</source>
        <translation>رسوم إعادة التخزين: %1</translation>
    </message>
    <message>
        <source>Allowed outside the policy because: %1</source>
        <translation>سُمح به خارج السياسة لأن: %1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>رُفض لأن: %1</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>حالة المنتج: %1</translation>
    </message>
    <message>
        <source>Given back: %1</source>
        <translation>المُعاد: %1</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>المبلغ المستحق إعادته: %1</translation>
    </message>
    <message>
        <source>Closed without refund because: %1</source>
        <translation>أُغلق دون استرداد لأن: %1</translation>
    </message>
    <message>
        <source>Nothing given back because: %1</source>
        <translation>لم يُعَد شيء لأن: %1</translation>
    </message>
    <message>
        <source>Exchanged for order %1</source>
        <translation>استُبدل بالطلب %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Close without refund</source>
        <translation>إغلاق دون استرداد</translation>
    </message>
    <message>
        <source>Choose a return, or start one from an order.</source>
        <translation>اختر إرجاعاً، أو ابدأ واحداً من طلب.</translation>
    </message>
    <message>
        <source>Return %1 closed without refund.</source>
        <translation>أُغلق الإرجاع %1 دون استرداد.</translation>
    </message>
    <message>
        <source>Give back %1.</source>
        <translation>أعد %1.</translation>
    </message>
    <message>
        <source>Replacement order %1 placed.</source>
        <translation>سُجّل الطلب البديل %1.</translation>
    </message>
    <message>
        <source>Left to pay: %1.</source>
        <translation>المتبقي للدفع: %1.</translation>
    </message>
    <message>
        <source>Store credit: %1.</source>
        <translation>رصيد المتجر: %1.</translation>
    </message>
    <message>
        <source>Nothing was given back: another desk changed what this return gives back. It is now %1.</source>
        <translation>لم يُعَد شيء: غيّر مكتب آخر ما يعيده هذا الإرجاع. أصبح الآن %1.</translation>
    </message>
    <message>
        <source>Nothing is given back without a reason: write why.</source>
        <translation>لا يُغلق الإرجاع دون إعادة مبلغ إلا بسبب: اكتب السبب.</translation>
    </message>
    <message>
        <source>This return still has money to give back: refund it, give store credit or reject it.</source>
        <translation>لهذا الإرجاع مبلغ لم يُعَد بعد: استرده أو امنح رصيد متجر أو ارفضه.</translation>
    </message>
    <message>
        <source>This step cannot be taken now: %1</source>
        <translation>لا يمكن اتخاذ هذه الخطوة الآن: %1</translation>
    </message>
    <message>
        <source>The slip could not be saved: %1</source>
        <translation>تعذّر حفظ القسيمة: %1</translation>
    </message>
    <message>
        <source>Return slip saved to %1.</source>
        <translation>حُفظت قسيمة الإرجاع في %1.</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>قسيمة الإرجاع</translation>
    </message>
    <message>
        <source>Reject the return</source>
        <translation>رفض الإرجاع</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>لماذا رُفض؟</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner account created</source>
        <translation>أُنشئ حساب المالك</translation>
    </message>
    <message>
        <source>Staff account added</source>
        <translation>أُضيف حساب موظف</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>أُوقف الحساب</translation>
    </message>
    <message>
        <source>Account brought back</source>
        <translation>أُعيد تفعيل الحساب</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>تغيّر الرمز السري</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز سري خاطئ</translation>
    </message>
    <message>
        <source>Too many wrong PINs: waiting</source>
        <translation>محاولات خاطئة كثيرة: انتظار</translation>
    </message>
    <message>
        <source>Open the shop&apos;s settings, backups and accounts</source>
        <translation>فتح إعدادات المتجر والنسخ الاحتياطية والحسابات</translation>
    </message>
    <message>
        <source>Save the shop settings</source>
        <translation>حفظ إعدادات المتجر</translation>
    </message>
    <message>
        <source>See the revenue summaries</source>
        <translation>عرض ملخصات الإيرادات</translation>
    </message>
    <message>
        <source>Export the orders</source>
        <translation>تصدير الطلبات</translation>
    </message>
    <message>
        <source>Export the customers</source>
        <translation>تصدير العملاء</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>استيراد الطلبات</translation>
    </message>
    <message>
        <source>Back up the shop&apos;s data outside the backups folder</source>
        <translation>نسخ بيانات المتجر احتياطيًا خارج مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>حذف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Refund a return</source>
        <translation>استرداد مبلغ إرجاع</translation>
    </message>
    <message>
        <source>Give store credit for a return</source>
        <translation>منح رصيد متجر مقابل إرجاع</translation>
    </message>
    <message>
        <source>Allow a return outside the policy</source>
        <translation>السماح بإرجاع خارج السياسة</translation>
    </message>
    <message>
        <source>Change the return policy</source>
        <translation>تغيير سياسة الإرجاع</translation>
    </message>
    <message>
        <source>Change the catalogue and prices</source>
        <translation>تغيير الكتالوج والأسعار</translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation>تغيير قوالب الرسائل</translation>
    </message>
    <message>
        <source>Adjust a loyalty balance</source>
        <translation>تعديل رصيد الولاء</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>اختر شعار المتجر</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا شعار</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as SAR, AED or IRR.</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف مثل SAR أو AED أو IRR.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://</source>
        <translation>أدخل عنوان ويب كاملاً يبدأ بـ https://</translation>
    </message>
    <message>
        <source>The logo is too large (at most 2 MB).</source>
        <translation>الشعار كبير جداً (الحد الأقصى ٢ ميغابايت).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as SA, AE or IR.</source>
        <translation>استخدم رمز دولة من حرفين مثل SA أو AE أو IR.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Asia/Tehran or Asia/Riyadh.</source>
        <translation>اختر منطقة زمنية من القائمة، مثل Asia/Tehran أو Asia/Riyadh.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 365 (0: no return-by date).</source>
        <translation>أدخل عدداً صحيحاً من الأيام من ٠ إلى ٣٦٥ (٠: بلا تاريخ إرجاع).</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسية (۰۱۲۳)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجري شمسي</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Shop and display</source>
        <translation>المتجر والعرض</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Language and display (this computer)</source>
        <translation>اللغة والعرض (هذا الجهاز)</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail (printed on packing slips)</source>
        <translation>البريد الإلكتروني (يُطبع على قسائم التغليف)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Country (for phone numbers)</source>
        <translation>الدولة (لأرقام الهاتف)</translation>
    </message>
    <message>
        <source>Time zone (the shop&apos;s days in every summary and list)</source>
        <translation>المنطقة الزمنية (أيام المتجر في كل ملخص وقائمة)</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>صفحة التقييم</translation>
    </message>
    <message>
        <source>Private feedback page (optional second QR code)</source>
        <translation>صفحة الملاحظات الخاصة (رمز QR ثانٍ اختياري)</translation>
    </message>
    <message>
        <source>Return window in days (printed as a return-by date)</source>
        <translation>مهلة الإرجاع بالأيام (تُطبع كتاريخ آخر يوم للإرجاع)</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>محطة التغليف</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Pack unpaid orders (cash on delivery)</source>
        <translation>تغليف الطلبات غير المدفوعة (الدفع عند الاستلام)</translation>
    </message>
    <message>
        <source>On: an unpaid order is packed with a warning of what to collect. Off: it is refused until it is paid.</source>
        <translation>مفعّل: يُغلَّف الطلب غير المدفوع مع تنبيه بالمبلغ الواجب تحصيله. معطّل: يُرفض حتى يُدفع.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>حفظ إعدادات المتجر</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>سياسة الإرجاع…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>مُغلّف</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>مشحون</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>SummariesView</name>
    <message>
        <source>Summaries</source>
        <translation>الملخصات</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>تقرير ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يوماً</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>العملاء المتكررون</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>نسبة الإرجاع</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>متوسط القيمة الدائمة</translation>
    </message>
    <message>
        <source>Active loyalty cards</source>
        <translation>بطاقات ولاء نشطة</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>مكافآت مستخدمة</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>صافي نقاط الترويج (NPS)</translation>
    </message>
    <message>
        <source>Satisfied (CSAT 4-5)</source>
        <translation>راضون (CSAT ٤-٥)</translation>
    </message>
    <message>
        <source>Reviews per inserts printed</source>
        <translation>تقييمات لكل بطاقات مطبوعة</translation>
    </message>
    <message>
        <source>Customer retention by month of first purchase</source>
        <translation>احتفاظ العملاء حسب شهر أول شراء</translation>
    </message>
    <message>
        <source>Each row: the customers whose first order fell in that month. Month n: the share of them who ordered again n months later (and how many). Cancelled orders and other currencies do not count.</source>
        <translation>كل صف: العملاء الذين وقع أول طلب لهم في ذلك الشهر. الشهر n: نسبة من طلب منهم مرة أخرى بعد n شهرًا (وعددهم). لا تُحتسب الطلبات الملغاة ولا العملات الأخرى.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>حُفظ الملخص في %1.</translation>
    </message>
    <message>
        <source>Export the VAT report</source>
        <translation>تصدير تقرير ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>أكثر أسباب الإرجاع</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>قبلها: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>لا ردود</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردان</numerusform>
            <numerusform>%Ln ردود</numerusform>
            <numerusform>%Ln رداً</numerusform>
            <numerusform>%Ln رد</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than 30 answers: read with care.</source>
        <translation>أقل من ٣٠ إجابة: اقرأها بحذر.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>تعذّرت كتابة التقرير: %1</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>تصدير الملخص</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>الإيرادات (%1)</translation>
    </message>
    <message>
        <source>Orders by channel</source>
        <translation>الطلبات حسب القناة</translation>
    </message>
    <message>
        <source>No returns in this period.</source>
        <translation>لا مرتجعات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>الشهر %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>نسبة الشراء المتكرر</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>نسبة الإرجاع</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>المُعاد</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>متوسط القيمة الدائمة</translation>
    </message>
    <message>
        <source>Active loyalty cards</source>
        <translation>بطاقات ولاء نشطة</translation>
    </message>
    <message>
        <source>Rewards issued</source>
        <translation>مكافآت صادرة</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>مكافآت مستخدمة</translation>
    </message>
    <message>
        <source>NPS (responses)</source>
        <translation>NPS (الردود)</translation>
    </message>
    <message>
        <source>CSAT 4-5 (responses)</source>
        <translation>CSAT ٤-٥ (الردود)</translation>
    </message>
    <message>
        <source>Reviews / inserts printed</source>
        <translation>التقييمات / البطاقات المطبوعة</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>أسباب الإرجاع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>No returns in this period.</source>
        <translation>لا مرتجعات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Customer retention by month of first purchase</source>
        <translation>احتفاظ العملاء حسب شهر أول شراء</translation>
    </message>
    <message>
        <source>Each row: the customers whose first order fell in that month. Month n: the share of them who ordered again n months later. Cancelled orders and other currencies do not count.</source>
        <translation>كل صف: العملاء الذين وقع أول طلب لهم في ذلك الشهر. الشهر n: نسبة من طلب منهم مرة أخرى بعد n شهرًا. لا تُحتسب الطلبات الملغاة ولا العملات الأخرى.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>الشهر %1</translation>
    </message>
</context>
<context>
    <name>TaxDocument</name>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>Simplified tax invoice</source>
        <translation>فاتورة ضريبية مبسطة</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>فاتورة ضريبية</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>رقم الإشعار الدائن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>For invoice</source>
        <translation>عن الفاتورة</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>المرتجع</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>Goods returned.</source>
        <translation>بضاعة مرتجعة.</translation>
    </message>
    <message>
        <source>The order was changed; a new invoice replaces this one.</source>
        <translation>عُدِّل الطلب؛ وتحل محل هذه الفاتورة فاتورة جديدة.</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>المرتجع</translation>
    </message>
    <message>
        <source>Cancelled items</source>
        <translation>البنود الملغاة</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <source>Buyer&apos;s VAT number</source>
        <translation>الرقم الضريبي للمشتري</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نسبة الضريبة</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>الإجمالي غير شامل الضريبة</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>إجمالي الضريبة</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>الإجمالي شامل الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>مبيعات</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>خاضع لنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>الأسعار شاملة ضريبة القيمة المضافة.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكراً لك!</translation>
    </message>
</context>
<context>
    <name>TaxPrintButtons</name>
    <message>
        <source>This order has no tax invoice: it was placed without VAT.</source>
        <translation>ليست لهذا الطلب فاتورة ضريبية: سُجّل دون ضريبة القيمة المضافة.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>The receipt is saved in %1.</source>
        <translation>حُفظ الإيصال في %1.</translation>
    </message>
    <message>
        <source>The invoice is saved in %1.</source>
        <translation>حُفظت الفاتورة في %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Save this order&apos;s receipt (80 mm roll) as a PDF, to print</source>
        <translation>احفظ إيصال هذا الطلب (لفافة ٨٠ مم) بصيغة PDF للطباعة</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>طباعة الفاتورة…</translation>
    </message>
    <message>
        <source>Save this order&apos;s tax invoice (A4) as a PDF, to print</source>
        <translation>احفظ الفاتورة الضريبية لهذا الطلب (A4) بصيغة PDF للطباعة</translation>
    </message>
</context>
<context>
    <name>TaxReport</name>
    <message>
        <source>VAT report</source>
        <translation>تقرير ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Taxable sales (standard rates)</source>
        <translation>المبيعات الخاضعة للضريبة (النسبة الأساسية)</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>الضريبة المحصّلة</translation>
    </message>
    <message>
        <source>Zero-rated sales</source>
        <translation>المبيعات الخاضعة لنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt sales</source>
        <translation>المبيعات المعفاة</translation>
    </message>
    <message>
        <source>Sales given back (credit notes)</source>
        <translation>المبيعات المستردة (إشعارات دائنة)</translation>
    </message>
    <message>
        <source>VAT given back (credit notes)</source>
        <translation>الضريبة المستردة (إشعارات دائنة)</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>صافي الضريبة المستحقة</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>By rate</source>
        <translation>حسب النسبة</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <source>VAT given back</source>
        <translation>الضريبة المستردة</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>خاضع لنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
</context>
<context>
    <name>TaxSettingsView</name>
    <message>
        <source>Tax settings saved. Orders placed from now on follow them.</source>
        <translation>حُفظت إعدادات الضريبة. تتبعها الطلبات من الآن.</translation>
    </message>
    <message>
        <source>The default rate</source>
        <translation>النسبة الافتراضية</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>أساسية</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>خاضع لنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <source>This is not a VAT number of the shop&apos;s country (Saudi Arabia: 15 digits beginning and ending with 3).</source>
        <translation>هذا ليس رقماً ضريبياً لبلد المتجر (السعودية: 15 رقماً تبدأ وتنتهي بالرقم 3).</translation>
    </message>
    <message>
        <source>Fill in the VAT number, a legal name and at least one rate.</source>
        <translation>أدخل الرقم الضريبي واسماً قانونياً ونسبة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A standard rate&apos;s percent is a number above 0 and below 100.</source>
        <translation>نسبة الضريبة الأساسية عدد أكبر من 0 وأقل من 100.</translation>
    </message>
    <message>
        <source>Two rates have the same code.</source>
        <translation>لنسبتين الرمز نفسه.</translation>
    </message>
    <message>
        <source>A rate&apos;s code is lower-case letters, digits, - and _.</source>
        <translation>رمز النسبة حروف لاتينية صغيرة وأرقام و- و_.</translation>
    </message>
    <message>
        <source>Choose the default rate and the shipping rate among the rates.</source>
        <translation>اختر النسبة الافتراضية ونسبة الشحن من بين النسب.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>أحد النصوص طويل جداً.</translation>
    </message>
    <message>
        <source>A shop that is not registered for VAT charges no tax: its receipts and invoices show none.</source>
        <translation>المتجر غير المسجل في ضريبة القيمة المضافة لا يحصّل ضريبة، ولا تظهر في إيصالاته وفواتيره.</translation>
    </message>
    <message>
        <source>VAT registration</source>
        <translation>التسجيل في ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>The shop is registered for VAT</source>
        <translation>المتجر مسجل في ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Legal name in Arabic</source>
        <translation>الاسم القانوني بالعربية</translation>
    </message>
    <message>
        <source>Legal name in English</source>
        <translation>الاسم القانوني بالإنجليزية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Prices and rates</source>
        <translation>الأسعار والنسب</translation>
    </message>
    <message>
        <source>Catalogue prices include VAT</source>
        <translation>أسعار الكتالوج شاملة الضريبة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>إضافة نسبة</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>حذف النسبة</translation>
    </message>
    <message>
        <source>Default rate (products without their own)</source>
        <translation>النسبة الافتراضية (للمنتجات بلا نسبة خاصة)</translation>
    </message>
    <message>
        <source>Shipping is taxed at</source>
        <translation>نسبة ضريبة الشحن</translation>
    </message>
    <message>
        <source>Save tax settings</source>
        <translation>حفظ إعدادات الضريبة</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>The automatic backup failed</source>
        <translation>فشل النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <source>The automatic backup at %1 failed: %2. shopdesk tries again every day and each time it starts; click to open Settings → Backups and use Back up now.</source>
        <translation>فشل النسخ الاحتياطي التلقائي في %1: %2. يعيد shopdesk المحاولة كل يوم وعند كل تشغيل؛ انقر لفتح الإعدادات ← النسخ الاحتياطية واستخدم «انسخ احتياطيًا الآن».</translation>
    </message>
    <message>
        <source>Birthday rewards could not be given</source>
        <translation>تعذّر منح مكافآت أعياد الميلاد</translation>
    </message>
    <message>
        <source>This month&apos;s birthday rewards could not be given at %1: %2. shopdesk tries again every day and each time it starts.</source>
        <translation>تعذّر منح مكافآت أعياد الميلاد لهذا الشهر في %1: %2. يعيد shopdesk المحاولة كل يوم وعند كل تشغيل.</translation>
    </message>
</context>
</TS>
