<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About shopdesk</source>
        <translation>درباره shopdesk</translation>
    </message>
    <message>
        <source>An offline back office for small shops: your data stays on your own computer.</source>
        <translation>پشتیبان فروشگاه‌های کوچک، بدون نیاز به اینترنت: داده‌های شما روی رایانهٔ خودتان می‌ماند.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>پوشهٔ داده‌ها</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>shopdesk is built on free software, with thanks:</source>
        <translation>این برنامه بر پایهٔ نرم‌افزارهای آزاد ساخته شده است، با سپاس:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Each library&apos;s licence text ships with it (its dist-info folder); the fonts&apos; is fonts/OFL.txt.</source>
        <translation>متن مجوز هر کتابخانه همراه آن است (در پوشهٔ dist-info آن)؛ مجوز قلم‌ها در fonts/OFL.txt است.</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Bring back</source>
        <translation>فعال‌سازی دوباره</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>رمز تازه برای %1</translation>
    </message>
    <message>
        <source>Choose an account in the list to change its PIN.</source>
        <translation>برای تغییر رمز، حسابی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>دو رمز یکسان نیستند.</translation>
    </message>
    <message>
        <source>Type a PIN of at least 6 digits.</source>
        <translation>رمزی با دست‌کم ۶ رقم بنویسید.</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits.</source>
        <translation>رمز دست‌کم ۶ رقم دارد.</translation>
    </message>
    <message>
        <source>A PIN has at most 32 digits.</source>
        <translation>رمز حداکثر ۳۲ رقم دارد.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <translation>رمز فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>یک نام بنویسید.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>نام خیلی بلند است.</translation>
    </message>
    <message>
        <source>Another account already has this name.</source>
        <translation>حساب دیگری همین نام را دارد.</translation>
    </message>
    <message>
        <source>The shop already has an owner.</source>
        <translation>فروشگاه از قبل مالک دارد.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>این حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The PIN is changed.</source>
        <translation>رمز تغییر کرد.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>مبلغ: %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>مرجوعی %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>ردیف‌ها: %1</translation>
    </message>
    <message>
        <source>Wrong PINs in a row: %1</source>
        <translation>رمز نادرست پشت سر هم: %1</translation>
    </message>
    <message>
        <source>Wait: %1 s</source>
        <translation>انتظار: %1 ثانیه</translation>
    </message>
    <message>
        <source>Entries kept from after the backup: %1</source>
        <translation>رویدادهای نگه‌داشته از پس از پشتیبان: %1</translation>
    </message>
    <message>
        <source>Backup restored: %1</source>
        <translation>پشتیبان بازگردانده‌شده: %1</translation>
    </message>
    <message>
        <source>The state before is in: %1</source>
        <translation>وضعیت پیشین در: %1</translation>
    </message>
    <message>
        <source>Roles are off</source>
        <translation>نقش‌ها خاموش‌اند</translation>
    </message>
    <message>
        <source>There are no accounts yet, so anyone at this desk can do everything and no PIN is asked. Create the owner&apos;s account to keep refunds, prices, messages, settings, exports, imports and summaries behind the owner&apos;s PIN; staff can still take orders, pack and print.</source>
        <translation>هنوز حسابی نیست، پس هر کس پشت این میز همه کار می‌تواند بکند و رمزی پرسیده نمی‌شود. حساب مالک را بسازید تا بازپرداخت، قیمت‌ها، پیام‌ها، تنظیمات، خروجی، درون‌ریزی و گزارش‌ها پشت رمز مالک بمانند؛ کارمندان همچنان می‌توانند سفارش ثبت کنند، بسته‌بندی و چاپ کنند.</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>نام مالک</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation>ساختن حساب مالک</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Refunds, prices, messages, settings, exports, imports and summaries need the owner&apos;s PIN. After 5 wrong PINs an account waits before it can try again.</source>
        <translation>بازپرداخت، قیمت‌ها، پیام‌ها، تنظیمات، خروجی، درون‌ریزی و گزارش‌ها به رمز مالک نیاز دارند. پس از ۵ رمز نادرست، حساب باید مدتی صبر کند تا دوباره امتحان کند.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>افزودن کارمند</translation>
    </message>
    <message>
        <source>Change a PIN</source>
        <translation>تغییر یک رمز</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغییر رمز</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits)</source>
        <translation>رمز (دست‌کم ۶ رقم)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>تکرار رمز</translation>
    </message>
    <message>
        <source>Audit log (newest first)</source>
        <translation>گزارش رویدادها (جدیدترین اول)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>New address</source>
        <translation>نشانی تازه</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>ویرایش نشانی</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>e.g. home, work</source>
        <translation>مثلاً خانه، محل کار</translation>
    </message>
    <message>
        <source>Default address</source>
        <translation>نشانی پیش‌فرض</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>نشانی (خط ۱)</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>نشانی (خط ۲)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>محله</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Short address</source>
        <translation>نشانی کوتاه</translation>
    </message>
    <message>
        <source>Building, street</source>
        <translation>ساختمان، خیابان</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database file %1 is damaged and has been left untouched. Restore a backup or contact support; shopdesk will not write to it.</source>
        <translation>فایل پایگاه دادهٔ %1 آسیب دیده است و دست‌نخورده مانده است. یک نسخهٔ پشتیبان را بازگردانید یا با پشتیبانی تماس بگیرید؛ شاپ‌دسک در آن چیزی نمی‌نویسد.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>پایگاه دادهٔ %1 باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The database %1 is open in another copy of shopdesk; this one does not open it.</source>
        <translation>پایگاه داده %1 در نسخهٔ دیگری از shopdesk باز است؛ این نسخه آن را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>shopdesk</source>
        <translation>شاپ‌دسک</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>The backups folder cannot be read: %1</source>
        <translation>پوشهٔ پشتیبان‌ها خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>در کدام پوشه پشتیبان گرفته شود؟</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>یک پشتیبان انتخاب کنید</translation>
    </message>
    <message>
        <source>shopdesk backups (*.sqlite3);;All files (*)</source>
        <translation>پشتیبان‌های shopdesk (*.sqlite3);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگردانی یک پشتیبان</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the shop&apos;s data?</source>
        <translation>پشتیبانِ %1 جای داده‌های فروشگاه گذاشته شود؟</translation>
    </message>
    <message>
        <source>Everything entered after that backup will be gone from the screens. The current data is saved as a backup first, so nothing is lost. shopdesk must be closed on every other desk that uses this database before you go on.</source>
        <translation>هرچه پس از آن پشتیبان وارد شده از صفحه‌ها حذف می‌شود. داده‌های فعلی نخست به‌صورت پشتیبان ذخیره می‌شوند، پس چیزی از دست نمی‌رود. پیش از ادامه، shopdesk باید روی همهٔ میزهای دیگری که از این پایگاه داده استفاده می‌کنند بسته شود.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>حذف پشتیبان</translation>
    </message>
    <message>
        <source>Delete the backup of %1?</source>
        <translation>پشتیبانِ %1 حذف شود؟</translation>
    </message>
    <message>
        <source>The file is deleted for good; it cannot be restored afterwards.</source>
        <translation>پرونده برای همیشه حذف می‌شود و دیگر نمی‌توان آن را بازگرداند.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>در حال بررسی پشتیبان…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازگردانی…</translation>
    </message>
    <message>
        <source>%1 is not one of the backups folder&apos;s backups; nothing was deleted.</source>
        <translation>%1 از پشتیبان‌های پوشهٔ پشتیبان‌ها نیست؛ چیزی حذف نشد.</translation>
    </message>
    <message>
        <source>The backup was not deleted: %1</source>
        <translation>پشتیبان حذف نشد: %1</translation>
    </message>
    <message>
        <source>Backup deleted: %1</source>
        <translation>پشتیبان حذف شد: %1</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>پشتیبان گرفته و بررسی شد: %1</translation>
    </message>
    <message>
        <source>%1 is sound: SQLite&apos;s integrity check found no problem.</source>
        <translation>‏%1 سالم است: بررسی سلامت SQLite هیچ مشکلی پیدا نکرد.</translation>
    </message>
    <message>
        <source>The backup %1 is in place.</source>
        <translation>پشتیبان %1 جایگزین شد.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>چیزی تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>‏%1: چنین فایلی وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is not a shopdesk backup (not a database file); nothing was changed.</source>
        <translation>‏%1 پشتیبان shopdesk نیست (فایل پایگاه داده نیست)؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The backup %1 is in place. The data as it was before, with the audit log as it was, is saved as %2. The audit entries written since the backup were kept, and the restore is in the audit log.</source>
        <translation>پشتیبان %1 اکنون جایگزین شد. داده‌ها همان‌طور که پیش از این بودند، همراه با گزارش رویدادهای آن زمان، با نام %2 ذخیره شدند. رویدادهایی که پس از آن پشتیبان ثبت شده بودند نگه داشته شدند و خودِ بازگردانی هم در گزارش رویدادها ثبت شد.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a shopdesk backup; nothing was changed.</source>
        <translation>‏%1 یک فایل خالی است، نه پشتیبان shopdesk؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used; nothing was written. SQLite found: %2</source>
        <translation>‏%1 آسیب دیده است و نمی‌توان از آن استفاده کرد؛ چیزی نوشته نشد. آنچه SQLite یافت: %2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a shopdesk backup; nothing was changed.</source>
        <translation>‏%1 یک پایگاه داده است، ولی پشتیبان shopdesk نیست؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>%1 was made by a newer shopdesk (%2); update shopdesk on this desk first.</source>
        <translation>‏%1 با نسخهٔ جدیدتری از shopdesk ساخته شده (%2)؛ نخست shopdesk را روی این میز به‌روز کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>از %1 نمی‌توان استفاده کرد: %2</translation>
    </message>
    <message>
        <source>This backup</source>
        <translation>این پشتیبان</translation>
    </message>
    <message>
        <source>Automatic (daily)</source>
        <translation>خودکار (روزانه)</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>با «اکنون پشتیبان بگیر» ساخته شده</translation>
    </message>
    <message>
        <source>Before an update of shopdesk</source>
        <translation>پیش از به‌روزرسانی shopdesk</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>پیش از درون‌ریزی</translation>
    </message>
    <message>
        <source>Before the demo data</source>
        <translation>پیش از داده‌های نمایشی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>The last automatic backup, at %1, failed: %2. shopdesk tries again every day and each time it starts; until then, use Back up now.</source>
        <translation>آخرین پشتیبان‌گیری خودکار در %1 ناموفق بود: %2. shopdesk هر روز و هر بار که باز می‌شود دوباره تلاش می‌کند؛ تا آن موقع از «اکنون پشتیبان بگیر» استفاده کنید.</translation>
    </message>
    <message>
        <source>Last automatic backup check: %1; nothing had changed since the newest backup.</source>
        <translation>آخرین بررسی پشتیبان‌گیری خودکار: %1؛ از تازه‌ترین پشتیبان چیزی تغییر نکرده بود.</translation>
    </message>
    <message>
        <source>Last automatic backup: %1, made and checked.</source>
        <translation>آخرین پشتیبان خودکار: %1، گرفته و بررسی شد.</translation>
    </message>
    <message>
        <source>shopdesk backs up the shop&apos;s data by itself when it starts and every day it stays open, whenever something changed, and keeps the last 7 days, 4 weeks and 12 months of these automatic backups. Backups made with Back up now or before an import, a restore or an update stay until you delete them. Backups folder: %1</source>
        <translation>shopdesk هنگام شروع و هر روزی که باز بماند، هر بار که چیزی تغییر کرده باشد، خودش از داده‌های فروشگاه پشتیبان می‌گیرد و از این پشتیبان‌های خودکار، پشتیبان‌های ۷ روز، ۴ هفته و ۱۲ ماه اخیر را نگه می‌دارد. پشتیبان‌هایی که با «اکنون پشتیبان بگیر» یا پیش از وارد کردن، بازگردانی یا به‌روزرسانی گرفته شده‌اند تا وقتی خودتان حذفشان نکنید می‌مانند. پوشهٔ پشتیبان‌ها: %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected backup (asks first)</source>
        <translation>حذف پشتیبان انتخاب‌شده (اول می‌پرسد)</translation>
    </message>
    <message>
        <source>This shop&apos;s data is kept on a PostgreSQL server. The server keeps its own backups (pg_dump); ask whoever looks after the server. There is nothing to back up on this desk.</source>
        <translation>داده‌های این فروشگاه روی سرور PostgreSQL نگه‌داری می‌شود. سرور پشتیبان‌های خودش را دارد (pg_dump)؛ از کسی که سرور را نگه‌داری می‌کند بپرسید. روی این میز چیزی برای پشتیبان‌گیری نیست.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>اکنون پشتیبان بگیر…</translation>
    </message>
    <message>
        <source>A checked copy into a folder you choose, e.g. a USB stick</source>
        <translation>یک نسخهٔ بررسی‌شده در پوشه‌ای که انتخاب می‌کنید، مثلاً فلش USB</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the selected backup (or on a file you choose)</source>
        <translation>بررسی کامل سلامت SQLite را روی پشتیبان انتخاب‌شده (یا فایلی که انتخاب می‌کنید) اجرا کن</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازگردانی…</translation>
    </message>
    <message>
        <source>Put the selected backup (or a file you choose) in place of the shop&apos;s data</source>
        <translation>پشتیبان انتخاب‌شده (یا فایلی که انتخاب می‌کنید) را جای داده‌های فروشگاه بگذار</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>An import is being written on %1</source>
        <translation>یک درون‌ریزی روی %1 در حال ذخیره شدن است</translation>
    </message>
    <message>
        <source>Another desk is saving a lot at once</source>
        <translation>میز دیگری دارد داده‌های زیادی را یک‌جا ذخیره می‌کند</translation>
    </message>
    <message>
        <source>%1… Your order will be saved when it finishes.</source>
        <translation>%1… سفارش شما پس از پایان آن خودکار ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>%1. Nothing was changed: do it again when it has finished.</source>
        <translation>%1. چیزی تغییر نکرد: پس از پایان آن دوباره انجام دهید.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>هنوز ذخیره نشده</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In store</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>بازارگاه اینترنتی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>As new</source>
        <translation>مثل نو</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>باز شده</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>آسیب‌دیده</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Saudi Arabia</source>
        <translation>عربستان سعودی</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>امارات متحده عربی</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>کویت</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>بحرین</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عمان</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>عراق</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>اردن</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>ترکیه</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>بریتانیا</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>ایالات متحده</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>آلمان</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرانسه</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>کانادا</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Exporting orders…</source>
        <translation>در حال خروجی گرفتن از سفارش‌ها…</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>در حال خروجی گرفتن از مشتریان…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>خروجی CSV از سفارش‌ها</translation>
    </message>
    <message>
        <source>Export customers as CSV</source>
        <translation>خروجی CSV از مشتریان</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln ردیف در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>خروجی گرفته نشد: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>خروجی لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This number is not known to be in use. Check it; Save again keeps it as typed, unverified.</source>
        <translation>معلوم نیست این شماره در استفاده باشد. آن را بررسی کنید؛ ذخیرهٔ دوباره آن را همان‌طور که نوشته شده، تأییدنشده نگه می‌دارد.</translation>
    </message>
    <message>
        <source>A Saudi VAT number has 15 digits and begins and ends with 3.</source>
        <translation>شماره اقتصادی عربستان ۱۵ رقم است و با ۳ آغاز و با ۳ تمام می‌شود.</translation>
    </message>
    <message>
        <source>This is not a VAT number of the shop&apos;s country.</source>
        <translation>این شماره اقتصادیِ کشور فروشگاه نیست.</translation>
    </message>
    <message>
        <source>Delete this address?
%1</source>
        <translation>این نشانی حذف شود؟
%1</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>حذف نشانی</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(پیش‌فرض)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>معرفی‌شده توسط</translation>
    </message>
    <message>
        <source>Language for notes</source>
        <translation>زبان یادداشت‌های چاپی</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>شماره اقتصادی</translation>
    </message>
    <message>
        <source>Business customers: printed on their tax invoices</source>
        <translation>مشتریان تجاری: روی صورتحساب مالیاتی‌شان چاپ می‌شود</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معلوم است</translation>
    </message>
    <message>
        <source>Their phone or customer number</source>
        <translation>تلفن یا شمارهٔ مشتری معرف</translation>
    </message>
    <message>
        <source>e.g. vip, wholesale</source>
        <translation>مثلاً: vip، عمده</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation>با دریافت پیشنهادها و خبرها موافق است</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>افزودن نشانی…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>پیش‌فرض شود</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>آخرین سفارش</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>no phone</source>
        <translation>بدون تلفن</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(تأییدنشده)</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>بدون ایمیل</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>تولد: %1</translation>
    </message>
    <message>
        <source>Notes in: %1</source>
        <translation>زبان یادداشت‌ها: %1</translation>
    </message>
    <message>
        <source>Agrees to offers</source>
        <translation>موافق دریافت پیشنهاد</translation>
    </message>
    <message>
        <source>No offers</source>
        <translation>بدون پیشنهاد</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>معرفی‌شده توسط %1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>مشتری از %1</translation>
    </message>
    <message>
        <source>Ships to %1</source>
        <translation>ارسال به %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln نشانی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures (orders not cancelled, in %1; %Ln order(s) in other currencies not counted)</source>
        <translation>
            <numerusform>آمار (سفارش‌های لغونشده، به %1؛ %Ln سفارش به ارزهای دیگر حساب نشده است)</numerusform>
        </translation>
    </message>
    <message>
        <source>Store credit: %1</source>
        <translation>اعتبار فروشگاه: %1</translation>
    </message>
    <message>
        <source>Points turned into reward code %1 (%2): type it in the order form.</source>
        <translation>امتیازها به کد پاداش %1 (%2) تبدیل شد: آن را در فرم سفارش وارد کنید.</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>استفاده از امتیاز</translation>
    </message>
    <message>
        <source>Points to turn into a reward code (at least %1):</source>
        <translation>امتیازهایی که به کد پاداش تبدیل می‌شوند (دست‌کم %1):</translation>
    </message>
    <message>
        <source>Store credit of %1 ended.</source>
        <translation>اعتبار فروشگاه به مبلغ %1 پایان یافت.</translation>
    </message>
    <message>
        <source>End store credit</source>
        <translation>پایان اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Why does the remaining store credit end?</source>
        <translation>چرا اعتبار باقی‌مانده‌ی فروشگاه پایان می‌یابد؟</translation>
    </message>
    <message>
        <source>Find the duplicate to merge first.</source>
        <translation>ابتدا پروندهٔ تکراری را برای ادغام پیدا کنید.</translation>
    </message>
    <message>
        <source>Move every order and detail of %1 to %2? %1 will no longer be listed.</source>
        <translation>همهٔ سفارش‌ها و اطلاعات %1 به %2 منتقل شود؟ %1 دیگر در فهرست نمی‌آید.</translation>
    </message>
    <message>
        <source>Customers merged.</source>
        <translation>دو مشتری ادغام شدند.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>ادغام مشتریان</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Find by name or phone…</source>
        <translation>جستجو با نام یا تلفن…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Figures (orders not cancelled)</source>
        <translation>آمار (سفارش‌های لغونشده)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Save every customer, with their orders and spend, as a CSV file</source>
        <translation>همهٔ مشتریان را با سفارش‌ها و خریدشان در یک فایل CSV ذخیره کن</translation>
    </message>
    <message>
        <source>End store credit…</source>
        <translation>پایان اعتبار فروشگاه…</translation>
    </message>
    <message>
        <source>Use points…</source>
        <translation>استفاده از امتیاز…</translation>
    </message>
    <message>
        <source>Loyalty history…</source>
        <translation>سابقهٔ وفاداری…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>جمع خرید</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>میانگین سفارش</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>نخستین سفارش</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>آخرین سفارش</translation>
    </message>
    <message>
        <source>Since last order</source>
        <translation>از آخرین سفارش</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <source>Merge a duplicate into this customer</source>
        <translation>ادغام پروندهٔ تکراری در این مشتری</translation>
    </message>
    <message>
        <source>Find the duplicate by name or phone…</source>
        <translation>پروندهٔ تکراری را با نام یا تلفن پیدا کنید…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Choose a customer on the list, or add a new one.</source>
        <translation>یک مشتری از فهرست انتخاب کنید یا مشتری تازه‌ای بیفزایید.</translation>
    </message>
</context>
<context>
    <name>DatabaseInUseDialog</name>
    <message>
        <source>The shop&apos;s database is in use</source>
        <translation>پایگاه دادهٔ فروشگاه در حال استفاده است</translation>
    </message>
    <message>
        <source>Another copy of shopdesk has this shop&apos;s database open:</source>
        <translation>نسخهٔ دیگری از shopdesk پایگاه دادهٔ این فروشگاه را باز کرده است:</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>رایانه: %1</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>فرایند: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>کاربر: %1</translation>
    </message>
    <message>
        <source>Open since: %1</source>
        <translation>باز از: %1</translation>
    </message>
    <message>
        <source>It did not say which computer it runs on.</source>
        <translation>نگفته است روی کدام رایانه اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Two copies writing to one file at once could lose orders, so this one does not open it. Close shopdesk there (or wait until it is closed), then choose Try again.</source>
        <translation>اگر دو نسخه هم‌زمان در یک فایل بنویسند ممکن است سفارش‌ها از دست بروند، پس این نسخه آن را باز نمی‌کند. shopdesk را آنجا ببندید (یا صبر کنید تا بسته شود) و سپس «دوباره امتحان کن» را بزنید.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوباره امتحان کن</translation>
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
        <translation>از تغییرات صرف‌نظر شود؟</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>آنچه اینجا نوشته‌اید هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>صرف‌نظر</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ادامهٔ ویرایش</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange for</source>
        <translation>تعویض با</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Choose or type the item that goes out instead.</source>
        <translation>کالای جایگزین را انتخاب کنید یا بنویسید.</translation>
    </message>
    <message>
        <source>Type a price, e.g. 12.50.</source>
        <translation>یک قیمت بنویسید، مثلاً ۱۲٫۵۰.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Customer feedback</source>
        <translation>بازخورد مشتری</translation>
    </message>
    <message>
        <source>How likely to recommend us (0-10)</source>
        <translation>احتمال پیشنهاد ما به دیگران (۰ تا ۱۰)</translation>
    </message>
    <message>
        <source>How satisfied (1-5)</source>
        <translation>میزان رضایت (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Review left on (e.g. Google)</source>
        <translation>نظر گذاشته در (مثلاً Google)</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>آنچه گفت</translation>
    </message>
    <message>
        <source>Choose a score, name where a review was left, or write a comment.</source>
        <translation>یک امتیاز انتخاب کنید، جای نظر را بنویسید یا توضیحی بنویسید.</translation>
    </message>
    <message>
        <source>This cannot be saved: %1</source>
        <translation>ذخیره ممکن نیست: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpMessagesDialog</name>
    <message>
        <source>Follow-up messages</source>
        <translation>پیام‌های پیگیری</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Click to insert a detail:</source>
        <translation>برای افزودن یک جزئیات کلیک کنید:</translation>
    </message>
    <message>
        <source>As a customer will read it:</source>
        <translation>همان‌طور که مشتری می‌خواند:</translation>
    </message>
    <message>
        <source>Use the default message</source>
        <translation>پیام پیش‌فرض</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>a replacement within 7 working days</source>
        <translation>تعویض ظرف ۷ روز کاری</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>%1 is not a detail of this kind of follow-up; use the buttons below.</source>
        <translation>%1 جزو جزئیات این نوع پیگیری نیست؛ از دکمه‌های زیر استفاده کنید.</translation>
    </message>
    <message>
        <source>The message is too long (2,000 characters at most).</source>
        <translation>پیام بیش از حد بلند است (حداکثر ۲۰۰۰ نویسه).</translation>
    </message>
    <message>
        <source>A $ must start a detail such as $first_name; write $$ for a dollar sign.</source>
        <translation>نشانهٔ $ باید آغاز یک جزئیات مثل $first_name باشد؛ برای علامت دلار $$ بنویسید.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>New promise…</source>
        <translation>قول تازه…</translation>
    </message>
    <message>
        <source>Check for new</source>
        <translation>بررسی موارد تازه</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>ایمیل…</translation>
    </message>
    <message>
        <source>WhatsApp…</source>
        <translation>واتس‌اپ…</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>کپی پیام</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Response times…</source>
        <translation>زمان‌های پاسخ‌گویی…</translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation>پیام‌ها…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>هدف پاسخ‌گویی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln ساعت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 مانده</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 تأخیر</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · %2 مانده</translation>
    </message>
    <message>
        <source>%1 · %2 late</source>
        <translation>%1 · %2 تأخیر</translation>
    </message>
    <message>
        <source>Ask how order %1 arrived</source>
        <translation>بپرسید سفارش %1 چطور رسید</translation>
    </message>
    <message>
        <source>Return of order %1 is waiting</source>
        <translation>مرجوعی سفارش %1 منتظر است</translation>
    </message>
    <message>
        <source>Send birthday wishes</source>
        <translation>تبریک تولد بفرستید</translation>
    </message>
    <message>
        <source>Tell them one more stamp earns a reward</source>
        <translation>بگویید با یک مهر دیگر جایزه می‌گیرد</translation>
    </message>
    <message>
        <source>Anyone at the desk</source>
        <translation>هر کس پشت میز</translation>
    </message>
    <message>
        <source>Message copied. Mark the item done once it is sent.</source>
        <translation>پیام کپی شد. پس از فرستادن، مورد را انجام‌شده علامت بزنید.</translation>
    </message>
    <message>
        <source>Hello %1, your %4 may be running low by now. Shall we put some aside for you? — %2</source>
        <translation>سلام %1، احتمالاً %4 شما رو به اتمام است. برایتان کنار بگذاریم؟ — %2</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>قول</translation>
    </message>
    <message>
        <source>Check-in after delivery</source>
        <translation>پیگیری پس از تحویل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>One stamp from a reward</source>
        <translation>یک مهر تا جایزه</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>مرجوعی در انتظار</translation>
    </message>
    <message>
        <source>Time to reorder</source>
        <translation>وقت سفارش دوباره</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>دیرشده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln مورد باز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s).</source>
        <translation>
            <numerusform>%Ln مورد تازه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello %1, your order has arrived. Is everything as you hoped? — %2</source>
        <translation>سلام %1، سفارش شما رسید. همه چیز همان‌طور است که می‌خواستید؟ — %2</translation>
    </message>
    <message>
        <source>Happy birthday, %1! Everyone at %2 wishes you a wonderful year.</source>
        <translation>تولدت مبارک %1! همه‌ی ما در %2 سالی عالی برایت آرزو می‌کنیم.</translation>
    </message>
    <message>
        <source>Hello %1, one more stamp and your next reward at %2 is yours.</source>
        <translation>سلام %1، فقط یک مهر دیگر و جایزه‌ی بعدی‌تان در %2 مال شماست.</translation>
    </message>
    <message>
        <source>Hello %1, we are looking after your return and will write soon. — %2</source>
        <translation>سلام %1، مرجوعی شما را پیگیری می‌کنیم و به‌زودی خبر می‌دهیم. — %2</translation>
    </message>
    <message>
        <source>Hello %1, about what we promised: %3 — %2</source>
        <translation>سلام %1، درباره‌ی قولی که دادیم: %3 — %2</translation>
    </message>
    <message>
        <source>This customer has no e-mail address.</source>
        <translation>این مشتری ایمیل ندارد.</translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation>این مشتری شماره‌ی تلفن ندارد.</translation>
    </message>
    <message>
        <source>No program opened the link.</source>
        <translation>هیچ برنامه‌ای پیوند را باز نکرد.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1 B</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 گیگابایت</translation>
    </message>
</context>
<context>
    <name>GiveBackDialog</name>
    <message>
        <source>Return %1 of order %2</source>
        <translation>مرجوعی %1 از سفارش %2</translation>
    </message>
    <message>
        <source>Paid for these items: %1</source>
        <translation>پرداختی برای این کالاها: %1</translation>
    </message>
    <message>
        <source>Restocking fee: %1</source>
        <translation>هزینه‌ی بازگرداندن به انبار: %1</translation>
    </message>
    <message>
        <source>Nothing to give back</source>
        <translation>چیزی برای برگرداندن نیست</translation>
    </message>
    <message>
        <source>There is nothing to give back: %1.</source>
        <translation>چیزی برای برگرداندن نیست: %1.</translation>
    </message>
    <message>
        <source>Order %1 was not paid, so nothing was paid for these items.</source>
        <translation>سفارش %1 پرداخت نشده است، پس برای این کالاها چیزی پرداخت نشده.</translation>
    </message>
    <message>
        <source>The other returns of order %1 already gave back all it was paid.</source>
        <translation>مرجوعی‌های دیگر سفارش %1 همه‌ی مبلغ پرداخت‌شده را پیش‌تر برگردانده‌اند.</translation>
    </message>
    <message>
        <source>The restocking fee takes all that was paid for these items.</source>
        <translation>هزینه‌ی بازگرداندن به انبار همه‌ی مبلغ پرداخت‌شده برای این کالاها را می‌گیرد.</translation>
    </message>
    <message>
        <source>Nothing was paid for these items in order %1.</source>
        <translation>در سفارش %1 چیزی برای این کالاها پرداخت نشده است.</translation>
    </message>
    <message>
        <source>Why is the return closed with nothing given back? (required)</source>
        <translation>چرا مرجوعی بدون برگرداندن پول بسته می‌شود؟ (الزامی)</translation>
    </message>
    <message>
        <source>e.g. never paid: cash on delivery refused</source>
        <translation>مثلاً: پرداخت نشد، پرداخت در محل رد شد</translation>
    </message>
    <message>
        <source>Close without refund</source>
        <translation>بستن بدون بازپرداخت</translation>
    </message>
    <message>
        <source>Give store credit</source>
        <translation>دادن اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Give %1 of store credit to %2?</source>
        <translation>%1 اعتبار فروشگاه به %2 داده شود؟</translation>
    </message>
    <message>
        <source>Give %1 of store credit</source>
        <translation>دادن %1 اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>%1 به %2 بازپرداخت شود؟</translation>
    </message>
    <message>
        <source>Refund %1 for order %2?</source>
        <translation>%1 برای سفارش %2 بازپرداخت شود؟</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>بازپرداخت %1</translation>
    </message>
    <message>
        <source>This is recorded on the return and cannot be undone.</source>
        <translation>این در مرجوعی ثبت می‌شود و برگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose an orders export</source>
        <translation>یک فایل خروجی سفارش‌ها انتخاب کنید</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>فایل‌های CSV یا متنی (*.csv *.txt *.tsv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1 columns, read as %2. The first rows:</source>
        <translation>%1 ستون، خوانده‌شده با %2. ردیف‌های نخست:</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Choose the columns for: %1</source>
        <translation>ستون‌ها را انتخاب کنید برای: %1</translation>
    </message>
    <message>
        <source>Give the mapping a name: it marks the orders it brings in.</source>
        <translation>به این نگاشت نامی بدهید: سفارش‌هایی را که می‌آورد با آن نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>در حال بررسی فایل…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>درون‌ریزی انجام نشد و چیزی نوشته نشد: %1</translation>
    </message>
    <message>
        <source>%1 new orders, %2 already here; %3 new customers, %4 found by phone or e-mail; %5 rows.</source>
        <translation>%1 سفارش تازه، %2 از پیش موجود؛ %3 مشتری تازه، %4 یافته‌شده با تلفن یا ایمیل؛ %5 ردیف.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported; nothing was written. Correct the file and check again.</source>
        <translation>
            <numerusform>%Ln ردیف را نمی‌توان درون‌ریزی کرد؛ چیزی نوشته نشد. فایل را درست کنید و دوباره بررسی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed, and %2 more.</source>
        <translation>%1 مورد اول فهرست شده‌اند و %2 مورد دیگر هم هست.</translation>
    </message>
    <message>
        <source>Some rows hold bytes the chosen encoding cannot read: choose another above.</source>
        <translation>در برخی ردیف‌ها بایت‌هایی هست که رمزگذاری انتخاب‌شده نمی‌تواند بخواند: رمزگذاری دیگری را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Imported. A backup was made just before.</source>
        <translation>درون‌ریزی شد. درست پیش از آن پشتیبان گرفته شد.</translation>
    </message>
    <message>
        <source>Ready to import:</source>
        <translation>آمادهٔ درون‌ریزی:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a warning: phones kept as typed, marked unverified.</source>
        <translation>
            <numerusform>%Ln ردیف با هشدار: تلفن‌ها همان‌طور که نوشته شده‌اند نگه داشته شدند و تأییدنشده علامت خوردند.</numerusform>
        </translation>
    </message>
    <message>
        <source>New column mapping…</source>
        <translation>نگاشت ستون تازه…</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds NUL bytes). Export it again as CSV.</source>
        <translation>این فایل متنی نیست (بایت NUL دارد). دوباره از آن خروجی CSV بگیرید.</translation>
    </message>
    <message>
        <source>The file is not a well-formed CSV file (line %1): a quote is not closed or a cell is far too long.</source>
        <translation>فایل یک CSV درست نیست (خط %1): یک نقل‌قول بسته نشده یا یک خانه بسیار بلند است.</translation>
    </message>
    <message>
        <source>These columns are missing: %2. Choose another format or make a mapping.</source>
        <translation>این ستون‌ها نیستند: %2. قالب دیگری انتخاب کنید یا یک نگاشت بسازید.</translation>
    </message>
    <message>
        <source>The file could not be opened: %2</source>
        <translation>فایل باز نشد: %2</translation>
    </message>
    <message>
        <source>The file&apos;s encoding is not clear: choose it above.</source>
        <translation>رمزگذاری فایل روشن نیست: آن را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>درون‌ریزی سفارش‌ها</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>خواندن با رمزگذاری</translation>
    </message>
    <message>
        <source>The encoding is not clear. Check that the names below read right, or choose another.</source>
        <translation>رمزگذاری روشن نیست. ببینید نام‌های زیر درست خوانده می‌شوند، یا رمزگذاری دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows Arabic (Windows-1256)</source>
        <translation>ویندوز عربی (Windows-1256)</translation>
    </message>
    <message>
        <source>Windows Western (Windows-1252)</source>
        <translation>ویندوز غربی (Windows-1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>لاتین ۱ (ISO-8859-1)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (متن یونیکد اکسل)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>نگاشت ستون‌ها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026</source>
        <translation>تاریخ‌هایی مانند 03/04/2026</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>ذخیرهٔ نگاشت</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>شمارهٔ سفارش</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاریخ سفارش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>وضعیت پرداخت</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>وضعیت ارسال</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>لغو در</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>نام کالا</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>کد کالا (SKU)</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>تعداد کالا</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>قیمت کالا</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Refuse when unclear</source>
        <translation>در صورت ابهام رد کن</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>اول روز</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>اول ماه</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>This is required.</source>
        <translation>پر کردن این فیلد لازم است.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 12.50 or ۱۲٫۵۰.</source>
        <translation>یک عدد بنویسید، مثلاً ۱۲٫۵۰ یا 12.50.</translation>
    </message>
    <message>
        <source>Use a point for decimals (12.50); a comma only between thousands.</source>
        <translation>برای اعشار از ممیز استفاده کنید (12.50)؛ جداکنندهٔ هزارگان فقط میان هر سه رقم.</translation>
    </message>
    <message>
        <source>Too many decimals for this currency.</source>
        <translation>رقم‌های اعشار برای این ارز زیاد است.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>تعداد باید دست‌کم ۱ باشد.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>تعداد باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>This is too large.</source>
        <translation>این مقدار خیلی بزرگ است.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>این متن خیلی طولانی است.</translation>
    </message>
    <message>
        <source>This amount is not possible.</source>
        <translation>این مبلغ ممکن نیست.</translation>
    </message>
    <message>
        <source>The discount is more than the line.</source>
        <translation>تخفیف از مبلغ این ردیف بیشتر است.</translation>
    </message>
    <message>
        <source>The discount is more than the order.</source>
        <translation>تخفیف از مبلغ سفارش بیشتر است.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>دست‌کم یک ردیف اضافه کنید.</translation>
    </message>
    <message>
        <source>The order would come to less than was paid for it. An edit does not change what was paid: give money back with a return, or cancel the order.</source>
        <translation>جمع سفارش از مبلغ پرداخت‌شده کمتر می‌شود. ویرایش، مبلغ پرداخت‌شده را تغییر نمی‌دهد: پول را با مرجوعی برگردانید یا سفارش را لغو کنید.</translation>
    </message>
    <message>
        <source>The order was paid with this customer&apos;s store credit, so it stays theirs. To sell it to someone else, cancel it and place a new order.</source>
        <translation>این سفارش با اعتبار فروشگاهی همین مشتری پرداخت شده و مال او می‌ماند. برای فروش به شخص دیگر، آن را لغو کنید و سفارش تازه‌ای ثبت کنید.</translation>
    </message>
    <message>
        <source>The order uses this customer&apos;s reward code. Take the code off first, then change the customer.</source>
        <translation>این سفارش از کد پاداش همین مشتری استفاده می‌کند. اول کد را بردارید، سپس مشتری را تغییر دهید.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>این شمارهٔ تلفن نیست.</translation>
    </message>
    <message>
        <source>Add the country code (e.g. +966), or set the shop&apos;s country.</source>
        <translation>کد کشور را اضافه کنید (مثلاً +98) یا کشور فروشگاه را تنظیم کنید.</translation>
    </message>
    <message>
        <source>A name needs letters.</source>
        <translation>نام باید حرف داشته باشد.</translation>
    </message>
    <message>
        <source>This no longer exists; choose again.</source>
        <translation>این دیگر وجود ندارد؛ دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>این نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <source>This birthday is not possible.</source>
        <translation>این تاریخ تولد ممکن نیست.</translation>
    </message>
    <message>
        <source>This is more than the customer&apos;s store credit.</source>
        <translation>این بیش از اعتبار فروشگاهی مشتری است.</translation>
    </message>
    <message>
        <source>Store credit belongs to a customer: choose one first.</source>
        <translation>اعتبار فروشگاه مال یک مشتری است: اول مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This reward code was used already.</source>
        <translation>این کد جایزه قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <source>This reward belongs to another customer.</source>
        <translation>این جایزه مال مشتری دیگری است.</translation>
    </message>
    <message>
        <source>There is no reward with this code.</source>
        <translation>جایزه‌ای با این کد وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose the customer whose reward this is.</source>
        <translation>مشتری صاحب این جایزه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The discount must be what the reward gives.</source>
        <translation>تخفیف باید همان مقدار جایزه باشد.</translation>
    </message>
    <message>
        <source>This reward was taken back (its order was cancelled or returned).</source>
        <translation>این پاداش پس گرفته شد (سفارشش لغو یا مرجوع شد).</translation>
    </message>
    <message>
        <source>This reward&apos;s last day has passed.</source>
        <translation>آخرین روز این پاداش گذشته است.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>یک عدد صحیح بنویسید.</translation>
    </message>
    <message>
        <source>Choose a country, or type its two-letter code (SA, AE, IR…).</source>
        <translation>کشوری را انتخاب کنید یا کد دوحرفی آن را بنویسید (SA، AE، IR…).</translation>
    </message>
    <message>
        <source>A short code belongs to a Saudi National Address.</source>
        <translation>نشانی کوتاه فقط برای نشانی ملی عربستان است.</translation>
    </message>
    <message>
        <source>A short code is 4 letters and 4 digits, e.g. RRRD2929.</source>
        <translation>نشانی کوتاه ۴ حرف و ۴ رقم است، مثلاً RRRD2929.</translation>
    </message>
    <message>
        <source>This country has no postal codes: leave it empty.</source>
        <translation>این کشور کد پستی ندارد: خالی بگذارید.</translation>
    </message>
    <message>
        <source>This is not a postal code of that country.</source>
        <translation>این کد پستی آن کشور نیست.</translation>
    </message>
    <message>
        <source>A customer keeps at most 50 addresses.</source>
        <translation>هر مشتری حداکثر ۵۰ نشانی دارد.</translation>
    </message>
    <message>
        <source>A percent is between 0% and 100%.</source>
        <translation>درصد باید بین ۰٪ و ۱۰۰٪ باشد.</translation>
    </message>
    <message>
        <source>This holds a NUL character, which cannot be kept.</source>
        <translation>این یک نویسهٔ NUL دارد که نمی‌توان نگه داشت.</translation>
    </message>
    <message>
        <source>This holds a broken character, which cannot be kept; type or paste it again.</source>
        <translation>این شامل نویسه‌ای خراب است که نگه‌داشتنی نیست؛ آن را دوباره بنویسید یا بچسبانید.</translation>
    </message>
    <message>
        <source>This is more than the order&apos;s total: record what the order costs, not the cash handed over.</source>
        <translation>این بیشتر از جمع سفارش است: مبلغ سفارش را ثبت کنید، نه پولی را که داده شده.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>روز آخر پیش از روز اول است.</translation>
    </message>
    <message>
        <source>This row has a different number of columns.</source>
        <translation>تعداد ستون‌های این ردیف فرق دارد.</translation>
    </message>
    <message>
        <source>This order&apos;s rows are not together: an order&apos;s lines must follow each other.</source>
        <translation>ردیف‌های این سفارش کنار هم نیستند: اقلام یک سفارش باید پشت سر هم بیایند.</translation>
    </message>
    <message>
        <source>An order number is kept up to 64 characters; this one is longer.</source>
        <translation>شمارهٔ سفارش تا ۶۴ نویسه نگه داشته می‌شود؛ این شماره بلندتر است.</translation>
    </message>
    <message>
        <source>Bytes the chosen encoding cannot read (shown as \xNN).</source>
        <translation>بایت‌هایی که رمزگذاری انتخاب‌شده نمی‌تواند بخواند (به شکل ‎\xNN‎ نشان داده شده‌اند).</translation>
    </message>
    <message>
        <source>Warning: this number is not known to be in use; kept as typed, marked unverified.</source>
        <translation>هشدار: معلوم نیست این شماره در استفاده باشد؛ همان‌طور که نوشته شده نگه داشته شد و تأییدنشده علامت خورد.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>این تاریخ نیست.</translation>
    </message>
    <message>
        <source>Day or month first? Choose the date order in the column mapping.</source>
        <translation>اول روز یا ماه؟ ترتیب تاریخ را در نگاشت ستون‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>This status is not known.</source>
        <translation>این وضعیت شناخته نیست.</translation>
    </message>
    <message>
        <source>This is not known.</source>
        <translation>این شناخته نیست.</translation>
    </message>
    <message>
        <source>Use small letters, digits, - and _ (not shopify or woocommerce).</source>
        <translation>از حروف کوچک لاتین، رقم، - و _ استفاده کنید (نه shopify یا woocommerce).</translation>
    </message>
    <message>
        <source>This is too long (at most 200 characters).</source>
        <translation>خیلی طولانی است (حداکثر ۲۰۰ نویسه).</translation>
    </message>
    <message>
        <source>Store credit cannot be negative or more than what is paid.</source>
        <translation>اعتبار فروشگاه نمی‌تواند منفی یا بیش از مبلغ پرداختی باشد.</translation>
    </message>
    <message>
        <source>No customer has this phone or number.</source>
        <translation>هیچ مشتری‌ای این تلفن یا شماره را ندارد.</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>مشتری نمی‌تواند خودش را معرفی کند.</translation>
    </message>
    <message>
        <source>This customer was referred by the one you are editing; a referral cannot go both ways.</source>
        <translation>این مشتری را همین کسی که ویرایش می‌کنید معرفی کرده است؛ معرفی دوطرفه ممکن نیست.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>این بیش از حد طولانی است (حداکثر %1 نویسه).</translation>
    </message>
    <message>
        <source>This phone belongs to %1.</source>
        <translation>این شماره متعلق به %1 است.</translation>
    </message>
</context>
<context>
    <name>LoyaltyHistoryDialog</name>
    <message>
        <source>Loyalty history of %1</source>
        <translation>سابقهٔ وفاداری %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Adjust by hand</source>
        <translation>اصلاح دستی</translation>
    </message>
    <message>
        <source>Why, e.g. card from the old paper system</source>
        <translation>چرا، مثلاً کارت از دفتر کاغذی قدیمی</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <source>Stamps or points (minus takes away)</source>
        <translation>مهر یا امتیاز (منفی کم می‌کند)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>کسب شد</translation>
    </message>
    <message>
        <source>reward issued</source>
        <translation>پاداش صادر شد</translation>
    </message>
    <message>
        <source>points used</source>
        <translation>امتیاز استفاده شد</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منقضی شد</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>پس گرفته شد</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>اصلاح شد</translation>
    </message>
    <message>
        <source>tier changed</source>
        <translation>سطح تغییر کرد</translation>
    </message>
    <message>
        <source>Say why the card changes.</source>
        <translation>بگویید چرا کارت تغییر می‌کند.</translation>
    </message>
    <message>
        <source>Choose how many stamps or points to add (or, with a minus, to take away).</source>
        <translation>تعداد مهر یا امتیازی را که اضافه می‌شود (یا با منفی کم می‌شود) انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message numerus="yes">
        <source>%Ln stamp(s) owed</source>
        <translation>
            <numerusform>%Ln مهر بدهکار</numerusform>
        </translation>
    </message>
    <message>
        <source>New stamps first make up for a returned order.</source>
        <translation>مهرهای تازه اول کسری یک سفارش مرجوعی را جبران می‌کنند.</translation>
    </message>
    <message>
        <source>%1 of %2 stamps</source>
        <translation>%1 از %2 مهر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more for %1</source>
        <translation>
            <numerusform>%Ln مهر دیگر تا جایزه: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more to fill the card</source>
        <translation>
            <numerusform>%Ln مهر دیگر تا پر شدن کارت</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward to use: %1</source>
        <translation>جایزه‌ی قابل استفاده: %1</translation>
    </message>
    <message>
        <source>worth %1</source>
        <translation>به ارزش %1</translation>
    </message>
    <message>
        <source>Ready to use, at least %1 at a time</source>
        <translation>آمادهٔ استفاده، دست‌کم %1 در هر بار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more point(s) to use them</source>
        <translation>
            <numerusform>%Ln امتیاز دیگر تا امکان استفاده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>هنوز بدون سطح</translation>
    </message>
    <message>
        <source>%1% off every order</source>
        <translation>%1٪ تخفیف روی هر سفارش</translation>
    </message>
    <message numerus="yes">
        <source>Spent %1 in the last %Ln month(s)</source>
        <translation>
            <numerusform>%1 خرید در %Ln ماه گذشته</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more to reach %2</source>
        <translation>%1 دیگر تا رسیدن به %2</translation>
    </message>
    <message>
        <source>The highest tier</source>
        <translation>بالاترین سطح</translation>
    </message>
    <message>
        <source>Reward %1: %2</source>
        <translation>پاداش %1: %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1٪ تخفیف</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 تخفیف</translation>
    </message>
    <message>
        <source>the cheapest item free</source>
        <translation>ارزان‌ترین کالا رایگان</translation>
    </message>
</context>
<context>
    <name>LoyaltyView</name>
    <message>
        <source>Punch card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Loyalty programs</source>
        <translation>برنامه‌های وفاداری</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>برنامهٔ جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Stamps to fill the card</source>
        <translation>تعداد مهر برای پر شدن کارت</translation>
    </message>
    <message>
        <source>A stamp for each order of at least</source>
        <translation>یک مهر برای هر سفارش دست‌کم</translation>
    </message>
    <message>
        <source>Or one stamp per (amount spent; empty: per order)</source>
        <translation>یا یک مهر به ازای (مبلغ خرید؛ خالی: هر سفارش)</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <source>Reward value (amount or percent)</source>
        <translation>ارزش جایزه (مبلغ یا درصد)</translation>
    </message>
    <message>
        <source>Stamps expire after days (0: never)</source>
        <translation>مهرها پس از چند روز منقضی شوند (۰: هرگز)</translation>
    </message>
    <message>
        <source>Most stamps a day (0: no limit)</source>
        <translation>بیشترین مهر در روز (۰: بی‌حد)</translation>
    </message>
    <message>
        <source>An order earns when it is</source>
        <translation>سفارش وقتی مهر می‌گیرد که</translation>
    </message>
    <message>
        <source>For each amount spent</source>
        <translation>به ازای هر مبلغ خرید</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>One point is worth</source>
        <translation>ارزش هر امتیاز</translation>
    </message>
    <message>
        <source>Fewest points used at once</source>
        <translation>کمترین امتیاز قابل استفاده در یک بار</translation>
    </message>
    <message>
        <source>Spend counted over months</source>
        <translation>خرید شمرده‌شده در چند ماه</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>Reward for the one who referred</source>
        <translation>پاداش معرفی‌کننده</translation>
    </message>
    <message>
        <source>Its value (amount or percent)</source>
        <translation>ارزش آن (مبلغ یا درصد)</translation>
    </message>
    <message>
        <source>Reward for the new customer</source>
        <translation>پاداش مشتری جدید</translation>
    </message>
    <message>
        <source>The first order rewards when it is</source>
        <translation>اولین سفارش پاداش می‌دهد وقتی</translation>
    </message>
    <message>
        <source>The cheapest item free</source>
        <translation>ارزان‌ترین کالا رایگان</translation>
    </message>
    <message>
        <source>An amount off</source>
        <translation>تخفیف مبلغی</translation>
    </message>
    <message>
        <source>A percentage off</source>
        <translation>تخفیف درصدی</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>From spend</source>
        <translation>از خرید</translation>
    </message>
    <message>
        <source>Extra stamps</source>
        <translation>مهر اضافه</translation>
    </message>
    <message>
        <source>Extra points %</source>
        <translation>امتیاز اضافه ٪</translation>
    </message>
    <message>
        <source>Standing discount %</source>
        <translation>تخفیف ثابت ٪</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>افزودن سطح</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>حذف سطح</translation>
    </message>
    <message>
        <source>Given once a year in the customer&apos;s birthday month, good until the month ends; not when the birthday was entered or changed in the last 30 days.</source>
        <translation>سالی یک بار در ماه تولد مشتری داده می‌شود و تا پایان همان ماه اعتبار دارد؛ اگر تاریخ تولد در ۳۰ روز گذشته وارد یا عوض شده باشد داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Save program</source>
        <translation>ذخیرهٔ برنامه</translation>
    </message>
    <message>
        <source>Program saved.</source>
        <translation>برنامه ذخیره شد.</translation>
    </message>
    <message>
        <source>Give the program a name.</source>
        <translation>برای برنامه نامی بگذارید.</translation>
    </message>
    <message>
        <source>One stamp away from a reward</source>
        <translation>یک مهر تا جایزه</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(متوقف)</translation>
    </message>
    <message>
        <source>Say what the reward is worth: an amount, or a percentage from 1 to 100.</source>
        <translation>ارزش جایزه را بگویید: یک مبلغ، یا درصدی از ۱ تا ۱۰۰.</translation>
    </message>
    <message>
        <source>Say how much is spent for the points and what one point is worth.</source>
        <translation>بگویید برای امتیازها چه مبلغی خرج می‌شود و هر امتیاز چه ارزشی دارد.</translation>
    </message>
    <message>
        <source>One tiers program runs at a time: pause %1 first.</source>
        <translation>در هر زمان فقط یک برنامهٔ سطح‌بندی اجرا می‌شود: اول %1 را متوقف کنید.</translation>
    </message>
    <message>
        <source>Each level needs its own name and a higher spend than the one before; perks are whole numbers and a discount is at most 100%.</source>
        <translation>هر سطح نام خودش و خریدی بیشتر از سطح قبلی لازم دارد؛ مزایا عدد صحیح‌اند و تخفیف حداکثر ۱۰۰٪ است.</translation>
    </message>
    <message>
        <source>Type amounts as numbers, e.g. 50 or 12.50.</source>
        <translation>مبلغ‌ها را با عدد بنویسید، مثلاً ۵۰ یا ۱۲٫۵۰.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>وفاداری</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>The backup is in place; every area shows the restored data.</source>
        <translation>پشتیبان جایگزین شد؛ همهٔ بخش‌ها داده‌های بازگردانده را نشان می‌دهند.</translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation>تنظیمات فروشگاه ذخیره شد.</translation>
    </message>
    <message>
        <source>shopdesk</source>
        <translation>شاپ‌دسک</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About shopdesk…</source>
        <translation>&amp;درباره shopdesk…</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Unlocked as %1 — Lock</source>
        <translation>باز با نام %1 — قفل</translation>
    </message>
    <message>
        <source>Lock the owner&apos;s actions again (they also lock after 5 minutes)</source>
        <translation>قفل دوبارهٔ کارهای مالک (پس از ۵ دقیقه هم قفل می‌شوند)</translation>
    </message>
    <message>
        <source>The database is on a network drive</source>
        <translation>پایگاه داده روی درایو شبکه است</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s database is on a network drive (%1). SQLite cannot lock a file reliably over a network: two desks writing at once can damage it. Keep the file on this computer&apos;s own disk, or, for several desks, use a PostgreSQL server.</source>
        <translation>پایگاه دادهٔ فروشگاه روی درایو شبکه است (%1). SQLite نمی‌تواند فایل را روی شبکه به‌طور مطمئن قفل کند: اگر دو میز هم‌زمان بنویسند ممکن است فایل خراب شود. فایل را روی دیسک خود همین رایانه نگه دارید، یا برای چند میز از سرور PostgreSQL استفاده کنید.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>میز بسته‌بندی</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln سفارش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Printed messages</source>
        <translation>پیام‌های چاپی</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Click to insert a detail of the order:</source>
        <translation>برای افزودن جزئیات سفارش کلیک کنید:</translation>
    </message>
    <message>
        <source>Use the default message</source>
        <translation>پیام پیش‌فرض</translation>
    </message>
    <message>
        <source>Save and preview</source>
        <translation>ذخیره و پیش‌نمایش</translation>
    </message>
    <message>
        <source>Packing inserts</source>
        <translation>برگه‌های داخل بسته</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>کارت‌های تشکر</translation>
    </message>
    <message>
        <source>Saved. The preview shows it on an invented order.</source>
        <translation>ذخیره شد. پیش‌نمایش آن را روی یک سفارش نمونه نشان می‌دهد.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>پیش‌نمایش ساخته نشد: %1</translation>
    </message>
    <message>
        <source>%1 is not a detail shopdesk knows; use the buttons below.</source>
        <translation>%1 از جزئیاتی نیست که shopdesk می‌شناسد؛ از دکمه‌های زیر استفاده کنید.</translation>
    </message>
    <message>
        <source>The message is too long for a printed card (2,000 characters at most).</source>
        <translation>پیام برای کارت چاپی بیش از حد بلند است (حداکثر ۲۰۰۰ نویسه).</translation>
    </message>
    <message>
        <source>A $ must start a detail such as $first_name; write $$ for a dollar sign.</source>
        <translation>نشانه‌ی $ باید آغاز یک جزئیات مثل $first_name باشد؛ برای علامت دلار $$ بنویسید.</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>The order is already %1.</source>
        <translation>وضعیت سفارش همین حالا «%1» است.</translation>
    </message>
    <message>
        <source>A delivered or cancelled order does not move any more.</source>
        <translation>سفارش تحویل‌شده یا لغوشده دیگر تغییر وضعیت نمی‌دهد.</translation>
    </message>
    <message>
        <source>An order does not move back to an earlier step.</source>
        <translation>سفارش به مرحلهٔ قبلی برنمی‌گردد.</translation>
    </message>
    <message>
        <source>Another desk changed this order just now; look again.</source>
        <translation>رایانهٔ دیگری همین حالا این سفارش را تغییر داد؛ دوباره نگاه کنید.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>ذخیره‌ی PDF ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The insert is saved in %1.</source>
        <translation>برگه‌ی داخل بسته در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>سفارش %1 · %2</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>تغییر وضعیت به…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Print insert…</source>
        <translation>چاپ برگه‌ی داخل بسته…</translation>
    </message>
    <message>
        <source>Save this order&apos;s packing insert as a PDF, to print</source>
        <translation>برگه‌ی داخل بستهٔ این سفارش را برای چاپ به صورت PDF ذخیره کن</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>فروش حضوری</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال فروش</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>پرداخت‌شده %1</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>هزینهٔ ارسال</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>تحویل پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>پیام هدیه</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ارسال به</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>صورتحساب به</translation>
    </message>
    <message>
        <source>Same as ship to</source>
        <translation>همان نشانی ارسال</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>تخفیف %1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>جمع جزء %1</translation>
    </message>
    <message>
        <source>Shipping %1</source>
        <translation>ارسال %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>جمع کل %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Packing insert printed (%1)</source>
        <translation>برگه‌ی داخل بسته چاپ شد (%1)</translation>
    </message>
    <message>
        <source>Thank-you note printed (%1)</source>
        <translation>کارت تشکر چاپ شد (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Start a return…</source>
        <translation>شروع مرجوعی…</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>ثبت بازخورد…</translation>
    </message>
    <message>
        <source>incl. VAT %1</source>
        <translation>شامل مالیات بر ارزش افزوده %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>مالیات بر ارزش افزوده %1</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>خالص %1</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation>ناخالص %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>فاکتور %1</translation>
    </message>
    <message>
        <source>Credit notes %1</source>
        <translation>یادداشت‌های بستانکار %1</translation>
    </message>
</context>
<context>
    <name>OrderEditMode</name>
    <message>
        <source>What you typed is still here.</source>
        <translation>آنچه نوشتید هنوز اینجاست.</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>وضعیت آن</translation>
    </message>
    <message>
        <source>Another desk changed this order while you were editing it (%1). What you typed is still here.</source>
        <translation>میز دیگری این سفارش را هنگام ویرایش شما تغییر داد (%1). آنچه نوشتید هنوز اینجاست.</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>ویرایش سفارش %1</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>ذخیرهٔ تغییرها (Ctrl+S)</translation>
    </message>
    <message>
        <source>What was paid is not changed by an edit.</source>
        <translation>ویرایش، مبلغ پرداخت‌شده را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>نگه‌داشتن تغییرات من</translation>
    </message>
    <message>
        <source>Load the saved order</source>
        <translation>بارگذاری سفارش ذخیره‌شده</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <source>No customer chosen (a walk-in sale).</source>
        <translation>مشتری انتخاب نشده است (فروش حضوری).</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>مشتری: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) worth %1</source>
        <translation>
            <numerusform>%Ln امتیاز به ارزش %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>سطح: %1</translation>
    </message>
    <message>
        <source>%1% off every order</source>
        <translation>%1٪ تخفیف روی هر سفارش</translation>
    </message>
    <message>
        <source>Add items first: this order is too small for %1 points.</source>
        <translation>اول کالا اضافه کنید: این سفارش برای %1 امتیاز کوچک است.</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>استفاده از امتیاز</translation>
    </message>
    <message>
        <source>Points to use on this order (at least %1):</source>
        <translation>امتیازهای مورد استفاده در این سفارش (دست‌کم %1):</translation>
    </message>
    <message>
        <source>available: %1</source>
        <translation>موجود: %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(پیش‌فرض)</translation>
    </message>
    <message>
        <source>Type an address</source>
        <translation>نوشتن نشانی</translation>
    </message>
    <message>
        <source>Reward %1: %2 off</source>
        <translation>جایزه‌ی %1: %2 تخفیف</translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln stamp(s)</source>
        <translation>
            <numerusform>%Ln مهر می‌گیرد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln point(s)</source>
        <translation>
            <numerusform>%Ln امتیاز می‌گیرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>جمع کل: —</translation>
    </message>
    <message>
        <source>incl. VAT %1</source>
        <translation>شامل مالیات بر ارزش افزوده %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>مالیات بر ارزش افزوده %1</translation>
    </message>
    <message>
        <source>Subtotal %1 · Total %2 · Balance due %3</source>
        <translation>جمع جزء %1 · جمع کل %2 · مانده %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>سفارش جدید</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Type a name or phone number…</source>
        <translation>نام یا شمارهٔ تلفن را بنویسید…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Use that customer</source>
        <translation>همان مشتری را انتخاب کن</translation>
    </message>
    <message>
        <source>Use points…</source>
        <translation>استفاده از امتیاز…</translation>
    </message>
    <message>
        <source>Apply tier discount</source>
        <translation>اعمال تخفیف سطح</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Language for notes</source>
        <translation>زبان یادداشت‌های چاپی</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Add line (Ctrl+L)</source>
        <translation>افزودن ردیف (Ctrl+L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>تخفیف سفارش</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>کد تخفیف</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>هزینهٔ ارسال</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال فروش</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شرکت حمل</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>تحویل پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>پیام هدیه</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <source>Paid with store credit</source>
        <translation>پرداخت با اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Paid in full on save (%1)</source>
        <translation>پرداخت کامل هنگام ذخیره (%1)</translation>
    </message>
    <message>
        <source>Ship to an address</source>
        <translation>ارسال به نشانی</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ارسال به</translation>
    </message>
    <message>
        <source>From the address book</source>
        <translation>از دفترچه نشانی</translation>
    </message>
    <message>
        <source>Bill to a different address</source>
        <translation>صورتحساب به نشانی دیگر</translation>
    </message>
    <message>
        <source>Save order (Ctrl+S)</source>
        <translation>ذخیرهٔ سفارش (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>تخفیف سفارش</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>کد تخفیف</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شرکت حمل</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>تحویل پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>پیام هدیه</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ارسال به</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>صورتحساب به</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>This order is packed or on its way: a change now goes through a return or a cancellation.</source>
        <translation>این سفارش بسته‌بندی شده یا در راه است: هر تغییری اکنون از راه مرجوعی یا لغو انجام می‌شود.</translation>
    </message>
    <message>
        <source>This order is cancelled and cannot be changed.</source>
        <translation>این سفارش لغو شده و قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>This order has a return: a change now goes through the return or a cancellation.</source>
        <translation>این سفارش مرجوعی دارد: هر تغییری اکنون از راه همان مرجوعی یا لغو انجام می‌شود.</translation>
    </message>
    <message>
        <source>Walk-in sale</source>
        <translation>فروش حضوری</translation>
    </message>
    <message>
        <source>same as ship to</source>
        <translation>همان نشانی ارسال</translation>
    </message>
    <message>
        <source>Item added: %1</source>
        <translation>قلم افزوده شد: %1</translation>
    </message>
    <message>
        <source>Item removed: %1</source>
        <translation>قلم حذف شد: %1</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال فروش</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s) match</source>
        <translation>
            <numerusform>%Ln سفارش</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the orders to change first.</source>
        <translation>ابتدا سفارش‌هایی را که می‌خواهید تغییر دهید انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) marked %1.</source>
        <translation>
            <numerusform>وضعیت %Ln سفارش به «%1» تغییر کرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) left as they were (already there, final, or a step back).</source>
        <translation>
            <numerusform>%Ln سفارش بدون تغییر ماند (از قبل همین وضعیت را داشت، نهایی بود یا تغییر رو به عقب بود).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported.</source>
        <translation>
            <numerusform>%Ln سفارش درون‌ریزی شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 saved.</source>
        <translation>سفارش %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>سفارش جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>فهرست کالاها…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>درون‌ریزی…</translation>
    </message>
    <message>
        <source>Bring in orders from another shop&apos;s CSV export (Shopify, WooCommerce…)</source>
        <translation>سفارش‌ها را از خروجی CSV فروشگاهی دیگر بیاورید (Shopify، WooCommerce…)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Save every order as a CSV file for a spreadsheet, one row per item</source>
        <translation>همهٔ سفارش‌ها را در یک فایل CSV برای صفحه‌گسترده ذخیره کن، یک ردیف برای هر قلم</translation>
    </message>
    <message>
        <source>Search: order number, tracking number, name or phone (Ctrl+F)</source>
        <translation>جستجو: شمارهٔ سفارش، کد رهگیری، نام یا تلفن (Ctrl+F)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Mark selected as…</source>
        <translation>تغییر وضعیت انتخاب‌شده‌ها به…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <source>Scan an order number to start.</source>
        <translation>برای شروع، شماره‌ی سفارش را اسکن کنید.</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>میز بسته‌بندی</translation>
    </message>
    <message>
        <source>Scan or type an order number, then each item&apos;s SKU</source>
        <translation>شماره‌ی سفارش را اسکن یا تایپ کنید، سپس کد هر کالا را</translation>
    </message>
    <message>
        <source>Print the insert on the default printer</source>
        <translation>برگه‌ی داخل بسته را با چاپگر پیش‌فرض چاپ کن</translation>
    </message>
    <message>
        <source>Otherwise inserts are saved to print later in %1</source>
        <translation>در غیر این صورت برگه‌ها برای چاپ بعدی در %1 ذخیره می‌شوند</translation>
    </message>
    <message>
        <source>%1 ticked.</source>
        <translation>%1 تیک خورد.</translation>
    </message>
    <message>
        <source>All of %1 is packed already.</source>
        <translation>همه‌ی %1 قبلاً در بسته است.</translation>
    </message>
    <message>
        <source>%1 is not in this order.</source>
        <translation>%1 در این سفارش نیست.</translation>
    </message>
    <message>
        <source>%1 is not an order number.</source>
        <translation>%1 شماره‌ی سفارش نیست.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>سفارش %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Order %1 has no items to pack.</source>
        <translation>سفارش %1 کالایی برای بسته‌بندی ندارد.</translation>
    </message>
    <message>
        <source>Order %1 is not paid: collect %2 on delivery. Tick each item as it goes in the box.</source>
        <translation>سفارش %1 پرداخت نشده است: %2 را هنگام تحویل بگیرید. هر کالا را که در جعبه می‌گذارید تیک بزنید.</translation>
    </message>
    <message>
        <source>Order %1: tick each item as it goes in the box.</source>
        <translation>سفارش %1: هر کالا را که در جعبه می‌گذارید تیک بزنید.</translation>
    </message>
    <message>
        <source>Order %1 is packed, but its insert could not be made: %2</source>
        <translation>سفارش %1 بسته‌بندی شد، اما برگه‌ی آن ساخته نشد: %2</translation>
    </message>
    <message>
        <source>Order %1 is packed. It is not paid: collect %2 on delivery.</source>
        <translation>سفارش %1 بسته‌بندی شد. پرداخت نشده است: %2 را هنگام تحویل بگیرید.</translation>
    </message>
    <message>
        <source>Order %1 is packed and its insert is printing.</source>
        <translation>سفارش %1 بسته‌بندی شد و برگه‌اش در حال چاپ است.</translation>
    </message>
    <message>
        <source>Order %1 is packed; its insert waits in the print queue.</source>
        <translation>سفارش %1 بسته‌بندی شد؛ برگه‌اش در صف چاپ است.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <source>Not paid: collect %1 on delivery.</source>
        <translation>پرداخت نشده: %1 را هنگام تحویل بگیرید.</translation>
    </message>
    <message>
        <source>Order %1 is not paid (%2 to pay). This shop packs only paid orders: do not pack it until it is paid.</source>
        <translation>سفارش %1 پرداخت نشده است (%2 مانده). این فروشگاه فقط سفارش‌های پرداخت‌شده را بسته‌بندی می‌کند: تا پرداخت نشده آن را بسته‌بندی نکنید.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled. Do not pack it.</source>
        <translation>سفارش %1 لغو شده است. آن را بسته‌بندی نکنید.</translation>
    </message>
    <message>
        <source>Order %1 is already %2. Do not pack it again.</source>
        <translation>سفارش %1 قبلاً %2 است. دوباره بسته‌بندی‌اش نکنید.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>حواله بانکی</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>پرداخت در محل</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>کیف پول</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>ثبت پرداخت…</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>پرداخت‌شده %1</translation>
    </message>
    <message>
        <source>Given back %1</source>
        <translation>برگشت‌داده‌شده %1</translation>
    </message>
    <message>
        <source>Balance due %1</source>
        <translation>مانده %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>How</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>مرجوعی %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Exchange: order %1</source>
        <translation>تعویض: سفارش %1</translation>
    </message>
    <message>
        <source>Refunded the way it was paid</source>
        <translation>بازپرداخت به همان روش پرداخت</translation>
    </message>
    <message>
        <source>marked paid before payments were recorded</source>
        <translation>پیش از ثبت پرداخت‌ها پرداخت‌شده علامت خورده</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز نادرست است.</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits.</source>
        <translation>رمز دست‌کم ۶ رقم دارد.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <translation>رمز فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>رمز نادرست بیش از اندازه. %Ln دقیقه دیگر دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>رمز نادرست بیش از اندازه. %Ln ثانیه دیگر دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>رمز مالک</translation>
    </message>
    <message>
        <source>This needs the owner&apos;s PIN: %1.</source>
        <translation>این کار به رمز مالک نیاز دارد: %1.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>The desk stays unlocked for 5 minutes, or until you lock it.</source>
        <translation>میز ۵ دقیقه یا تا وقتی قفلش کنید باز می‌ماند.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <source>Print studio</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Orders with status</source>
        <translation>سفارش‌ها با وضعیت</translation>
    </message>
    <message>
        <source>changed today</source>
        <translation>امروز تغییر کرده</translation>
    </message>
    <message>
        <source>Orders selected in the orders list</source>
        <translation>سفارش‌های انتخاب‌شده در فهرست سفارش‌ها</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>شماره‌ی سفارش‌ها</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>اندازه‌ی صفحه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Gift mode (no prices, with the gift message)</source>
        <translation>حالت هدیه (بدون قیمت، با پیام هدیه)</translation>
    </message>
    <message>
        <source>A line about a free sample or gift in the parcel (optional)</source>
        <translation>یک خط درباره‌ی نمونه‌ی رایگان یا هدیه‌ی داخل بسته (اختیاری)</translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation>پیام‌ها…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Packing inserts</source>
        <translation>برگه‌های داخل بسته</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>کارت‌های تشکر</translation>
    </message>
    <message>
        <source>Receipts (simplified tax invoices)</source>
        <translation>رسیدها (صورتحساب مالیاتی ساده)</translation>
    </message>
    <message>
        <source>Tax invoices</source>
        <translation>صورتحساب‌های مالیاتی</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>یادداشت‌های اعتبار</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6 (۱۰۵ × ۱۴۸ میلی‌متر)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm; notes fold to A6)</source>
        <translation>A5 (۱۴۸ × ۲۱۰ میلی‌متر؛ کارت تشکر به A6 تا می‌شود)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (۲۱۰ × ۲۹۷ میلی‌متر)</translation>
    </message>
    <message>
        <source>4 × 6 in (label printer)</source>
        <translation>۴ × ۶ اینچ (چاپگر برچسب)</translation>
    </message>
    <message>
        <source>2 per A4 sheet, with cut marks</source>
        <translation>۲ در هر برگ A4، با نشانه‌ی برش</translation>
    </message>
    <message>
        <source>4 per A4 sheet, with cut marks</source>
        <translation>۴ در هر برگ A4، با نشانه‌ی برش</translation>
    </message>
    <message>
        <source>Each customer&apos;s language</source>
        <translation>زبان هر مشتری</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>سفارش %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>No orders match these choices.</source>
        <translation>هیچ سفارشی با این انتخاب‌ها جور نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln document(s)…</source>
        <translation>
            <numerusform>در حال آماده کردن %Ln سند…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) ready.</source>
        <translation>
            <numerusform>%Ln سند آماده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them printed before.</source>
        <translation>
            <numerusform>%Ln مورد از آن‌ها پیش‌تر چاپ شده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln document(s) to %1.</source>
        <translation>
            <numerusform>%Ln سند در %1 ذخیره شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln document(s) to the printer.</source>
        <translation>
            <numerusform>%Ln سند به چاپگر فرستاده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>80 mm roll (receipt printer)</source>
        <translation>رول ۸۰ میلی‌متری (چاپگر رسید)</translation>
    </message>
    <message>
        <source>58 mm roll (small receipt printer)</source>
        <translation>رول ۵۸ میلی‌متری (چاپگر رسید کوچک)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (۱۴۸ × ۲۱۰ میلی‌متر)</translation>
    </message>
    <message>
        <source>The orders chosen have none of these documents: an order placed without VAT has no tax invoice, and only a return or a cancellation gives a credit note.</source>
        <translation>سفارش‌های انتخاب‌شده هیچ سندی از این نوع ندارند: سفارشی که بدون مالیات بر ارزش افزوده ثبت شده صورتحساب مالیاتی ندارد و یادداشت اعتبار فقط با مرجوعی یا لغو صادر می‌شود.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>نوشتن PDF ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The documents could not be made: %1</source>
        <translation>ساختن سندها ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed.</source>
        <translation>لغو شد؛ چیزی چاپ نشد.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>ذخیره‌ی PDF ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>چاپگر راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Select orders in the orders list first.</source>
        <translation>اول سفارش‌ها را در فهرست سفارش‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type order numbers separated by commas, e.g. 1001, 1002.</source>
        <translation>شماره‌ی سفارش‌ها را با ویرگول جدا کنید، مثلاً ۱۰۰۱، ۱۰۰۲.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>ممنون از شما!</translation>
    </message>
    <message>
        <source>In your parcel</source>
        <translation>در بسته‌ی شما</translation>
    </message>
    <message>
        <source>Scan to review your order</source>
        <translation>برای ثبت نظر درباره‌ی سفارش‌تان اسکن کنید</translation>
    </message>
    <message>
        <source>Scan to tell us privately how we did</source>
        <translation>برای گفتن نظرتان فقط به ما اسکن کنید</translation>
    </message>
    <message>
        <source>Returns accepted until</source>
        <translation>مهلت مرجوع کردن تا</translation>
    </message>
    <message>
        <source>Your code for next time</source>
        <translation>کد تخفیف خرید بعدی شما</translation>
    </message>
    <message>
        <source>Your loyalty card</source>
        <translation>کارت وفاداری شما</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>ادامه در صفحهٔ بعد</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ارسال به</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>کد کالا</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>برگه‌ی مرجوعی</translation>
    </message>
    <message>
        <source>Return number</source>
        <translation>شماره‌ی مرجوعی</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>مرجوعی حالا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Please put this slip in the parcel with the items.</source>
        <translation>لطفاً این برگه را همراه کالاها در بسته بگذارید.</translation>
    </message>
    <message>
        <source>Items must be</source>
        <translation>کالاها باید</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>جمع جزء</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Discount on this line</source>
        <translation>تخفیف این قلم</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>هزینه ارسال</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>شامل مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>To collect on delivery</source>
        <translation>دریافت هنگام تحویل</translation>
    </message>
    <message>
        <source>Dear $first_name, thank you for your order $order_number! We packed it with care and hope you love it.</source>
        <translation>$first_name عزیز، از سفارش شماره‌ی $order_number شما ممنونیم! با دقت بسته‌بندی‌اش کردیم و امیدواریم دوستش داشته باشید.</translation>
    </message>
    <message>
        <source>Dear $first_name, thank you for choosing $shop_name. It was a pleasure to prepare your order for you.</source>
        <translation>$first_name عزیز، ممنون که $shop_name را انتخاب کردید. آماده کردن سفارش‌تان برای ما لذت‌بخش بود.</translation>
    </message>
    <message>
        <source>Thank you for your order $order_number! We packed it with care and hope you love it.</source>
        <translation>از سفارش شماره‌ی $order_number شما ممنونیم! با دقت بسته‌بندی‌اش کردیم و امیدواریم دوستش داشته باشید.</translation>
    </message>
    <message>
        <source>Thank you for choosing $shop_name. It was a pleasure to prepare your order for you.</source>
        <translation>ممنون که $shop_name را انتخاب کردید. آماده کردن سفارش‌تان برای ما لذت‌بخش بود.</translation>
    </message>
    <message>
        <source>A gift for you, chosen with care and packed by $shop_name.</source>
        <translation>هدیه‌ای برای شما، با دقت انتخاب و بسته‌بندی‌شده توسط $shop_name.</translation>
    </message>
    <message>
        <source>Returns are accepted within $return_days days of delivery, unused and in their original packaging. Send the items with this slip; once we have checked them, the money goes back the way you paid.</source>
        <translation>مرجوعی تا $return_days روز پس از تحویل پذیرفته می‌شود، بدون استفاده و در بسته‌بندی اصلی. کالاها را با این برگه بفرستید؛ پس از بررسی، پول به همان روشی که پرداخت کردید برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Default (%1)</source>
        <translation>پیش‌فرض (%1)</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>the SKU is required.</source>
        <translation>کد کالا لازم است.</translation>
    </message>
    <message>
        <source>this SKU is already used by another product.</source>
        <translation>این کد کالا برای کالای دیگری به کار رفته است.</translation>
    </message>
    <message>
        <source>the SKU may not have spaces (at most 64 characters).</source>
        <translation>کد کالا نباید فاصله داشته باشد (حداکثر ۶۴ نویسه).</translation>
    </message>
    <message>
        <source>give the product a name in at least one language.</source>
        <translation>دست‌کم به یک زبان برای کالا نام بگذارید.</translation>
    </message>
    <message>
        <source>the price is not a number.</source>
        <translation>قیمت عدد نیست.</translation>
    </message>
    <message>
        <source>use a point for decimals in the price.</source>
        <translation>در قیمت برای اعشار از ممیز استفاده کنید.</translation>
    </message>
    <message>
        <source>the price has too many decimals for this currency.</source>
        <translation>قیمت برای این ارز رقم اعشار زیادی دارد.</translation>
    </message>
    <message>
        <source>the price is not possible.</source>
        <translation>این قیمت ممکن نیست.</translation>
    </message>
    <message>
        <source>this VAT rate is no longer among the rates in Settings → Tax.</source>
        <translation>این نرخ مالیات دیگر در میان نرخ‌های تنظیمات ← مالیات نیست.</translation>
    </message>
    <message>
        <source>reorder every: a whole number of days from 1 to 3650, or blank for a product that is not a consumable.</source>
        <translation>سفارش دوباره هر: عددی صحیح از ۱ تا ۳۶۵۰ روز، یا خالی برای کالایی که مصرفی نیست.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>فهرست کالاها</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>کد کالا</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>نام (عربی)</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>قابل مرجوع</translation>
    </message>
    <message>
        <source>Care tip (English)</source>
        <translation>نکتهٔ نگهداری (انگلیسی)</translation>
    </message>
    <message>
        <source>Care tip (Arabic)</source>
        <translation>نکتهٔ نگهداری (عربی)</translation>
    </message>
    <message>
        <source>Care tip (Persian)</source>
        <translation>نکتهٔ نگهداری (فارسی)</translation>
    </message>
    <message>
        <source>Reorder every (days)</source>
        <translation>سفارش دوباره هر (روز)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نرخ مالیات</translation>
    </message>
    <message>
        <source>How many days a consumable usually lasts; its buyers get a reorder reminder in Follow-ups. Blank: not a consumable.</source>
        <translation>یک کالای مصرفی معمولاً چند روز دوام می‌آورد؛ خریدارانش در پیگیری‌ها یادآوری سفارش دوباره می‌گیرند. خالی: کالای مصرفی نیست.</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>افزودن کالا</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>ذخیرهٔ تغییرها (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Chat</source>
        <translation>گفتگو</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>قول تازه</translation>
    </message>
    <message>
        <source>Customer (phone or number, optional)</source>
        <translation>مشتری (تلفن یا شماره، اختیاری)</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>چه قولی داده شد</translation>
    </message>
    <message>
        <source>Who keeps it</source>
        <translation>چه کسی انجامش می‌دهد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>On</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>Within working days</source>
        <translation>ظرف چند روز کاری</translation>
    </message>
    <message>
        <source>The channel&apos;s response target</source>
        <translation>هدف پاسخ‌گویی کانال</translation>
    </message>
    <message>
        <source>e.g. a replacement within 7 working days</source>
        <translation>مثلاً: جایگزین ظرف ۷ روز کاری</translation>
    </message>
    <message>
        <source>in %1 from now</source>
        <translation>%1 از هم‌اکنون</translation>
    </message>
    <message>
        <source>choose a channel that has a response target</source>
        <translation>کانالی با هدف پاسخ‌گویی انتخاب کنید</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>مشتری %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation>بنویسید چه قولی داده شد.</translation>
    </message>
    <message>
        <source>Say who keeps the promise.</source>
        <translation>بنویسید چه کسی قول را انجام می‌دهد.</translation>
    </message>
    <message>
        <source>Working days: a whole number from 0 to 365.</source>
        <translation>روزهای کاری: عددی صحیح از ۰ تا ۳۶۵.</translation>
    </message>
    <message>
        <source>Choose a day, or a channel that has a response target.</source>
        <translation>یک روز انتخاب کنید، یا کانالی که هدف پاسخ‌گویی دارد.</translation>
    </message>
    <message>
        <source>The shop&apos;s weekend leaves no working day; change it in Response times….</source>
        <translation>تعطیلی آخر هفتهٔ فروشگاه هیچ روز کاری باقی نمی‌گذارد؛ آن را در زمان‌های پاسخ‌گویی… تغییر دهید.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;جستجو در:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>پرونده‌هایی از &amp;نوع:</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>%1 is more than the %2 left to pay.</source>
        <translation>%1 بیشتر از %2 باقی‌مانده است.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>A cancelled order takes no payment.</source>
        <translation>سفارش لغوشده پرداخت نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Order %1: %2 left to pay</source>
        <translation>سفارش %1: %2 مانده برای پرداخت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
</context>
<context>
    <name>ResponseTargetsDialog</name>
    <message>
        <source>Response times</source>
        <translation>زمان‌های پاسخ‌گویی</translation>
    </message>
    <message>
        <source>How soon the shop means to answer on each channel. Each open item shows the time left against it; a new promise on a channel is due by it unless you choose a day. Leave blank for no target.</source>
        <translation>فروشگاه در هر کانال چه زود پاسخ می‌دهد. هر مورد باز زمان باقی‌مانده را نسبت به آن نشان می‌دهد؛ قول تازه روی یک کانال تا همین زمان سررسید دارد مگر آنکه روزی انتخاب کنید. برای بدون هدف خالی بگذارید.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Weekend (not counted in “within N working days”)</source>
        <translation>تعطیلی آخر هفته (در «ظرف N روز کاری» شمرده نمی‌شود)</translation>
    </message>
    <message>
        <source>Public holidays are not known to shopdesk: choose a later day then.</source>
        <translation>shopdesk تعطیلات رسمی را نمی‌شناسد: در آن صورت روزی دیرتر انتخاب کنید.</translation>
    </message>
    <message>
        <source>A whole number from 1, at most 30 days; blank for no target.</source>
        <translation>عددی صحیح از ۱، حداکثر ۳۰ روز؛ خالی یعنی بدون هدف.</translation>
    </message>
    <message>
        <source>At most three days of the week can be the weekend.</source>
        <translation>حداکثر سه روز از هفته می‌تواند تعطیل باشد.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Start a return</source>
        <translation>شروع مرجوعی</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>شماره‌ی سفارش</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Allow anyway, because (owner)</source>
        <translation>با این حال مجاز است، چون (مالک)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>خریده‌شده</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>قبلاً مرجوع‌شده</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>مرجوعی حالا</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>برای «سایر» لازم است</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>سفارش %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <source>returns until %1</source>
        <translation>مرجوعی تا %1</translation>
    </message>
    <message>
        <source>(not returnable)</source>
        <translation>(غیرقابل مرجوع)</translation>
    </message>
    <message>
        <source>Type the number of the order that comes back.</source>
        <translation>شماره‌ی سفارشی را که برمی‌گردد بنویسید.</translation>
    </message>
    <message>
        <source>Outside the return window: it closed on %1.</source>
        <translation>خارج از مهلت مرجوعی: در %1 تمام شد.</translation>
    </message>
    <message>
        <source>Not returnable under your policy: %1.</source>
        <translation>طبق سیاست شما مرجوع‌پذیر نیست: %1.</translation>
    </message>
    <message>
        <source>To allow it anyway, write why below and save again.</source>
        <translation>برای اجازه دادن، دلیلش را زیر بنویسید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation>تعیین کنید از هر کالا چند عدد برمی‌گردد.</translation>
    </message>
    <message>
        <source>Say what the reason is.</source>
        <translation>دلیل را بنویسید.</translation>
    </message>
    <message>
        <source>A cancelled order cannot be returned.</source>
        <translation>سفارش لغوشده را نمی‌توان مرجوع کرد.</translation>
    </message>
    <message>
        <source>This cannot be saved: %1</source>
        <translation>ذخیره ممکن نیست: %1</translation>
    </message>
</context>
<context>
    <name>ReturnPolicyDialog</name>
    <message>
        <source>Return policy</source>
        <translation>سیاست مرجوعی</translation>
    </message>
    <message>
        <source>Days to return, from delivery (0: no limit)</source>
        <translation>روزهای مرجوعی از تحویل (۰: بدون محدودیت)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>Items must be</source>
        <translation>کالاها باید</translation>
    </message>
    <message>
        <source>The policy in plain words (printed on return slips; $return_days fills in):</source>
        <translation>سیاست به زبان ساده (روی برگه‌ی مرجوعی چاپ می‌شود؛ $return_days خودکار پر می‌شود):</translation>
    </message>
    <message>
        <source>e.g. unused, in the original packaging</source>
        <translation>مثلاً: استفاده‌نشده و در بسته‌بندی اصلی</translation>
    </message>
    <message>
        <source>Restocking fee kept, by reason</source>
        <translation>هزینه‌ی بازگشت به انبار، بر اساس دلیل</translation>
    </message>
    <message>
        <source>Your own reasons (one a line)</source>
        <translation>دلیل‌های خودتان (هر سطر یکی)</translation>
    </message>
    <message>
        <source>e.g. Arrived late</source>
        <translation>مثلاً: دیر رسید</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>تعویض</translation>
    </message>
    <message>
        <source>Offer at least one of refund, store credit or exchange.</source>
        <translation>دست‌کم یکی از بازپرداخت، اعتبار فروشگاه یا تعویض را ارائه کنید.</translation>
    </message>
    <message>
        <source>A reason is too long (32 characters at most): %1</source>
        <translation>دلیل بیش از حد بلند است (حداکثر ۳۲ نویسه): %1</translation>
    </message>
    <message>
        <source>A policy text is too long (2,000 characters at most).</source>
        <translation>متن سیاست بیش از حد بلند است (حداکثر ۲۰۰۰ نویسه).</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <source>Damaged on arrival</source>
        <translation>آسیب‌دیده رسید</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>کالای اشتباه ارسال شد</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>اندازه‌ی اشتباه</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>مطابق توضیحات نبود</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>منصرف شد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation>درخواست‌شده</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Store credit given</source>
        <translation>اعتبار فروشگاه داده شد</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>تعویض‌شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <source>Returns</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <source>Start a return…</source>
        <translation>شروع مرجوعی…</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>شماره‌ی سفارش</translation>
    </message>
    <message>
        <source>Return slip (PDF)…</source>
        <translation>برگه‌ی مرجوعی (PDF)…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>سیاست مرجوعی…</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>همه‌ی مرجوعی‌ها</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>شماره‌ی مرجوعی</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <source>Give store credit</source>
        <translation>دادن اعتبار فروشگاه</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>تعویض…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Return %1 · order %2</source>
        <translation>مرجوعی %1 · سفارش %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>کالاها: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>Paid for these items: %1 — order %2 was not paid.</source>
        <translation>پرداختی برای این کالاها: %1 — سفارش %2 پرداخت نشده است.</translation>
    </message>
    <message>
        <source>Paid for these items: %1</source>
        <translation>پرداختی برای این کالاها: %1</translation>
    </message>
    <message>
        <source>Restocking fee: %1</source>
        <translation>هزینه‌ی بازگرداندن به انبار: %1</translation>
    </message>
    <message>
        <source>Allowed outside the policy because: %1</source>
        <translation>خارج از سیاست مجاز شد چون: %1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>رد شد چون: %1</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>وضعیت کالا: %1</translation>
    </message>
    <message>
        <source>Given back: %1</source>
        <translation>برگردانده‌شده: %1</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>مبلغ قابل برگرداندن: %1</translation>
    </message>
    <message>
        <source>Closed without refund because: %1</source>
        <translation>بدون بازپرداخت بسته شد چون: %1</translation>
    </message>
    <message>
        <source>Nothing given back because: %1</source>
        <translation>چیزی برگردانده نشد چون: %1</translation>
    </message>
    <message>
        <source>Exchanged for order %1</source>
        <translation>با سفارش %1 تعویض شد</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
    <message>
        <source>Close without refund</source>
        <translation>بستن بدون بازپرداخت</translation>
    </message>
    <message>
        <source>Choose a return, or start one from an order.</source>
        <translation>یک مرجوعی را انتخاب کنید یا از یک سفارش شروع کنید.</translation>
    </message>
    <message>
        <source>Return %1 closed without refund.</source>
        <translation>مرجوعی %1 بدون بازپرداخت بسته شد.</translation>
    </message>
    <message>
        <source>Give back %1.</source>
        <translation>%1 را برگردانید.</translation>
    </message>
    <message>
        <source>Replacement order %1 placed.</source>
        <translation>سفارش جایگزین %1 ثبت شد.</translation>
    </message>
    <message>
        <source>Left to pay: %1.</source>
        <translation>مانده‌ی پرداخت: %1.</translation>
    </message>
    <message>
        <source>Store credit: %1.</source>
        <translation>اعتبار فروشگاه: %1.</translation>
    </message>
    <message>
        <source>Nothing was given back: another desk changed what this return gives back. It is now %1.</source>
        <translation>چیزی برگردانده نشد: میز دیگری مبلغ این مرجوعی را تغییر داد. اکنون %1 است.</translation>
    </message>
    <message>
        <source>Nothing is given back without a reason: write why.</source>
        <translation>بدون دلیل نمی‌شود چیزی برنگرداند: دلیل را بنویسید.</translation>
    </message>
    <message>
        <source>This return still has money to give back: refund it, give store credit or reject it.</source>
        <translation>این مرجوعی هنوز پولی برای برگرداندن دارد: بازپرداخت کنید، اعتبار فروشگاه بدهید یا آن را رد کنید.</translation>
    </message>
    <message>
        <source>This step cannot be taken now: %1</source>
        <translation>این مرحله اکنون ممکن نیست: %1</translation>
    </message>
    <message>
        <source>The slip could not be saved: %1</source>
        <translation>ذخیره‌ی برگه ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Return slip saved to %1.</source>
        <translation>برگه‌ی مرجوعی در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>برگه‌ی مرجوعی</translation>
    </message>
    <message>
        <source>Reject the return</source>
        <translation>رد مرجوعی</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>چرا رد می‌شود؟</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner account created</source>
        <translation>حساب مالک ساخته شد</translation>
    </message>
    <message>
        <source>Staff account added</source>
        <translation>حساب کارمند افزوده شد</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>حساب غیرفعال شد</translation>
    </message>
    <message>
        <source>Account brought back</source>
        <translation>حساب دوباره فعال شد</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>رمز تغییر کرد</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز نادرست</translation>
    </message>
    <message>
        <source>Too many wrong PINs: waiting</source>
        <translation>رمز نادرست بیش از اندازه: در انتظار</translation>
    </message>
    <message>
        <source>Open the shop&apos;s settings, backups and accounts</source>
        <translation>باز کردن تنظیمات فروشگاه، پشتیبان‌ها و حساب‌ها</translation>
    </message>
    <message>
        <source>Save the shop settings</source>
        <translation>ذخیرهٔ تنظیمات فروشگاه</translation>
    </message>
    <message>
        <source>See the revenue summaries</source>
        <translation>دیدن گزارش درآمد</translation>
    </message>
    <message>
        <source>Export the orders</source>
        <translation>خروجی گرفتن از سفارش‌ها</translation>
    </message>
    <message>
        <source>Export the customers</source>
        <translation>خروجی گرفتن از مشتریان</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>درون‌ریزی سفارش‌ها</translation>
    </message>
    <message>
        <source>Back up the shop&apos;s data outside the backups folder</source>
        <translation>پشتیبان‌گیری از داده‌های فروشگاه بیرون از پوشهٔ پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>حذف پشتیبان</translation>
    </message>
    <message>
        <source>Refund a return</source>
        <translation>بازپرداخت یک مرجوعی</translation>
    </message>
    <message>
        <source>Give store credit for a return</source>
        <translation>دادن اعتبار فروشگاه برای مرجوعی</translation>
    </message>
    <message>
        <source>Allow a return outside the policy</source>
        <translation>اجازهٔ مرجوعی بیرون از سیاست</translation>
    </message>
    <message>
        <source>Change the return policy</source>
        <translation>تغییر سیاست مرجوعی</translation>
    </message>
    <message>
        <source>Change the catalogue and prices</source>
        <translation>تغییر کاتالوگ و قیمت‌ها</translation>
    </message>
    <message>
        <source>Change message templates</source>
        <translation>تغییر قالب پیام‌ها</translation>
    </message>
    <message>
        <source>Adjust a loyalty balance</source>
        <translation>تنظیم ماندهٔ وفاداری</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگردانی یک پشتیبان</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>خواندن فایل ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>نشان فروشگاه را انتخاب کنید</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>پر کردن این فیلد لازم است.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as SAR, AED or IRR.</source>
        <translation>یک کد سه‌حرفی ارز مانند IRR، AED یا SAR وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://</source>
        <translation>نشانی کامل وب را با https:// وارد کنید</translation>
    </message>
    <message>
        <source>The logo is too large (at most 2 MB).</source>
        <translation>نشان خیلی بزرگ است (حداکثر ۲ مگابایت).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>نشان باید تصویر PNG یا JPEG باشد.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as SA, AE or IR.</source>
        <translation>یک کد دوحرفی کشور مانند IR، AE یا SA وارد کنید.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Asia/Tehran or Asia/Riyadh.</source>
        <translation>یک منطقهٔ زمانی از فهرست انتخاب کنید، مانند Asia/Tehran یا Asia/Riyadh.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 365 (0: no return-by date).</source>
        <translation>یک عدد صحیح از ۰ تا ۳۶۵ روز وارد کنید (۰: بدون تاریخ مرجوعی).</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>عربی (٠١٢٣)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>لاتین (0123)</translation>
    </message>
    <message>
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسی (۰۱۲۳)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Shop and display</source>
        <translation>فروشگاه و نمایش</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Language and display (this computer)</source>
        <translation>زبان و نمایش (این رایانه)</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail (printed on packing slips)</source>
        <translation>ایمیل (روی برگه‌های بسته‌بندی چاپ می‌شود)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Country (for phone numbers)</source>
        <translation>کشور (برای شماره‌های تلفن)</translation>
    </message>
    <message>
        <source>Time zone (the shop&apos;s days in every summary and list)</source>
        <translation>منطقهٔ زمانی (روزهای فروشگاه در همهٔ خلاصه‌ها و فهرست‌ها)</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>صفحهٔ نظرات</translation>
    </message>
    <message>
        <source>Private feedback page (optional second QR code)</source>
        <translation>صفحه‌ی بازخورد خصوصی (کد QR دوم، اختیاری)</translation>
    </message>
    <message>
        <source>Return window in days (printed as a return-by date)</source>
        <translation>مهلت مرجوعی به روز (به صورت تاریخ آخرین روز مرجوعی چاپ می‌شود)</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>میز بسته‌بندی</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>نشان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Pack unpaid orders (cash on delivery)</source>
        <translation>بسته‌بندی سفارش‌های پرداخت‌نشده (پرداخت در محل)</translation>
    </message>
    <message>
        <source>On: an unpaid order is packed with a warning of what to collect. Off: it is refused until it is paid.</source>
        <translation>روشن: سفارش پرداخت‌نشده با هشدار مبلغی که باید گرفته شود بسته‌بندی می‌شود. خاموش: تا پرداخت نشود پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>ذخیرهٔ تنظیمات فروشگاه</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>سیاست مرجوعی…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>بسته‌بندی‌شده</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
<context>
    <name>SummariesView</name>
    <message>
        <source>Summaries</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>گزارش مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>میانگین سفارش</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>مشتریان تکراری</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>نرخ مرجوعی</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>میانگین ارزش طول عمر</translation>
    </message>
    <message>
        <source>Active loyalty cards</source>
        <translation>کارت‌های وفاداری فعال</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>جایزه‌های استفاده‌شده</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>شاخص خالص ترویج (NPS)</translation>
    </message>
    <message>
        <source>Satisfied (CSAT 4-5)</source>
        <translation>راضی (CSAT ۴ تا ۵)</translation>
    </message>
    <message>
        <source>Reviews per inserts printed</source>
        <translation>نظرها به ازای برگه‌های چاپ‌شده</translation>
    </message>
    <message>
        <source>Customer retention by month of first purchase</source>
        <translation>ماندگاری مشتریان بر اساس ماه اولین خرید</translation>
    </message>
    <message>
        <source>Each row: the customers whose first order fell in that month. Month n: the share of them who ordered again n months later (and how many). Cancelled orders and other currencies do not count.</source>
        <translation>هر ردیف: مشتریانی که اولین سفارششان در آن ماه بود. ماه n: سهم کسانی از آنان که n ماه بعد دوباره سفارش دادند (و تعدادشان). سفارش‌های لغوشده و ارزهای دیگر حساب نمی‌شوند.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>در حال خواندن…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>ارقام خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>گزارش در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export the VAT report</source>
        <translation>خروجی گرفتن از گزارش مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>رایج‌ترین دلیل‌های مرجوعی</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>دوره‌ی قبل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln پاسخ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than 30 answers: read with care.</source>
        <translation>کمتر از ۳۰ پاسخ: با احتیاط بخوانید.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>نوشتن گزارش ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>خروجی گرفتن از گزارش</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>درآمد (%1)</translation>
    </message>
    <message>
        <source>Orders by channel</source>
        <translation>سفارش‌ها بر اساس کانال فروش</translation>
    </message>
    <message>
        <source>No returns in this period.</source>
        <translation>در این دوره مرجوعی نبود.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>ماه %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Summary</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>دوره‌ی قبل</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>میانگین ارزش سفارش</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>نرخ مرجوعی</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>برگردانده‌شده</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>میانگین ارزش طول عمر</translation>
    </message>
    <message>
        <source>Active loyalty cards</source>
        <translation>کارت‌های وفاداری فعال</translation>
    </message>
    <message>
        <source>Rewards issued</source>
        <translation>جایزه‌های صادرشده</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>جایزه‌های استفاده‌شده</translation>
    </message>
    <message>
        <source>NPS (responses)</source>
        <translation>NPS (پاسخ‌ها)</translation>
    </message>
    <message>
        <source>CSAT 4-5 (responses)</source>
        <translation>CSAT ۴ تا ۵ (پاسخ‌ها)</translation>
    </message>
    <message>
        <source>Reviews / inserts printed</source>
        <translation>نظرها / برگه‌های چاپ‌شده</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>دلیل‌های مرجوعی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <source>No returns in this period.</source>
        <translation>در این دوره مرجوعی نبود.</translation>
    </message>
    <message>
        <source>Customer retention by month of first purchase</source>
        <translation>ماندگاری مشتریان بر اساس ماه اولین خرید</translation>
    </message>
    <message>
        <source>Each row: the customers whose first order fell in that month. Month n: the share of them who ordered again n months later. Cancelled orders and other currencies do not count.</source>
        <translation>هر ردیف: مشتریانی که اولین سفارششان در آن ماه بود. ماه n: سهم کسانی از آنان که n ماه بعد دوباره سفارش دادند. سفارش‌های لغوشده و ارزهای دیگر حساب نمی‌شوند.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>اولین خرید</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>ماه %1</translation>
    </message>
</context>
<context>
    <name>TaxDocument</name>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Simplified tax invoice</source>
        <translation>صورتحساب ساده</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>صورتحساب مالیاتی</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>یادداشت اعتبار</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>شماره اقتصادی</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>شماره صورتحساب</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>شماره یادداشت اعتبار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>For invoice</source>
        <translation>برای صورتحساب</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>سفارش لغو شد.</translation>
    </message>
    <message>
        <source>Goods returned.</source>
        <translation>کالای مرجوعی.</translation>
    </message>
    <message>
        <source>The order was changed; a new invoice replaces this one.</source>
        <translation>سفارش تغییر کرد؛ فاکتوری تازه جای این فاکتور را می‌گیرد.</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگشتی</translation>
    </message>
    <message>
        <source>Cancelled items</source>
        <translation>اقلام لغوشده</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <source>Buyer&apos;s VAT number</source>
        <translation>شماره اقتصادی خریدار</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نرخ مالیات</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>جمع جزء</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>جمع بدون مالیات</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>جمع مالیات</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>جمع با مالیات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
    <message>
        <source>Prices include VAT.</source>
        <translation>قیمت‌ها با مالیات بر ارزش افزوده است.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>سپاسگزاریم!</translation>
    </message>
</context>
<context>
    <name>TaxPrintButtons</name>
    <message>
        <source>This order has no tax invoice: it was placed without VAT.</source>
        <translation>این سفارش صورتحساب مالیاتی ندارد: بدون مالیات بر ارزش افزوده ثبت شده است.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>ذخیره‌ی PDF ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The receipt is saved in %1.</source>
        <translation>رسید در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>The invoice is saved in %1.</source>
        <translation>صورتحساب در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>چاپ رسید…</translation>
    </message>
    <message>
        <source>Save this order&apos;s receipt (80 mm roll) as a PDF, to print</source>
        <translation>رسید این سفارش (رول ۸۰ میلی‌متری) را برای چاپ به صورت PDF ذخیره کنید</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>چاپ صورتحساب…</translation>
    </message>
    <message>
        <source>Save this order&apos;s tax invoice (A4) as a PDF, to print</source>
        <translation>صورتحساب مالیاتی این سفارش (A4) را برای چاپ به صورت PDF ذخیره کنید</translation>
    </message>
</context>
<context>
    <name>TaxReport</name>
    <message>
        <source>VAT report</source>
        <translation>گزارش مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Taxable sales (standard rates)</source>
        <translation>فروش مشمول مالیات (نرخ عادی)</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>مالیات دریافتی</translation>
    </message>
    <message>
        <source>Zero-rated sales</source>
        <translation>فروش با نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt sales</source>
        <translation>فروش معاف</translation>
    </message>
    <message>
        <source>Sales given back (credit notes)</source>
        <translation>فروش برگشتی (یادداشت‌های اعتبار)</translation>
    </message>
    <message>
        <source>VAT given back (credit notes)</source>
        <translation>مالیات برگشتی (یادداشت‌های اعتبار)</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>خالص مالیات پرداختنی</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>صورتحساب‌ها</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>یادداشت‌های اعتبار</translation>
    </message>
    <message>
        <source>By rate</source>
        <translation>به تفکیک نرخ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>برگشتی</translation>
    </message>
    <message>
        <source>VAT given back</source>
        <translation>مالیات برگشتی</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>به تفکیک ماه</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
</context>
<context>
    <name>TaxSettingsView</name>
    <message>
        <source>Tax settings saved. Orders placed from now on follow them.</source>
        <translation>تنظیمات مالیات ذخیره شد. سفارش‌های از این پس از آن پیروی می‌کنند.</translation>
    </message>
    <message>
        <source>The default rate</source>
        <translation>نرخ پیش‌فرض</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
    <message>
        <source>This is not a VAT number of the shop&apos;s country (Saudi Arabia: 15 digits beginning and ending with 3).</source>
        <translation>این شماره اقتصادیِ کشور فروشگاه نیست (عربستان: ۱۵ رقم که با ۳ شروع و تمام می‌شود).</translation>
    </message>
    <message>
        <source>Fill in the VAT number, a legal name and at least one rate.</source>
        <translation>شماره اقتصادی، یک نام حقوقی و دست‌کم یک نرخ را وارد کنید.</translation>
    </message>
    <message>
        <source>A standard rate&apos;s percent is a number above 0 and below 100.</source>
        <translation>درصد نرخ عادی عددی بزرگ‌تر از ۰ و کوچک‌تر از ۱۰۰ است.</translation>
    </message>
    <message>
        <source>Two rates have the same code.</source>
        <translation>دو نرخ کد یکسان دارند.</translation>
    </message>
    <message>
        <source>A rate&apos;s code is lower-case letters, digits, - and _.</source>
        <translation>کد نرخ از حروف کوچک لاتین، رقم، - و _ است.</translation>
    </message>
    <message>
        <source>Choose the default rate and the shipping rate among the rates.</source>
        <translation>نرخ پیش‌فرض و نرخ ارسال را از میان نرخ‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>یکی از متن‌ها بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>A shop that is not registered for VAT charges no tax: its receipts and invoices show none.</source>
        <translation>فروشگاهی که در نظام مالیات بر ارزش افزوده ثبت نشده مالیاتی نمی‌گیرد و رسیدها و صورتحساب‌هایش مالیاتی نشان نمی‌دهند.</translation>
    </message>
    <message>
        <source>VAT registration</source>
        <translation>ثبت‌نام مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>The shop is registered for VAT</source>
        <translation>فروشگاه در نظام مالیات بر ارزش افزوده ثبت شده است</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>شماره اقتصادی</translation>
    </message>
    <message>
        <source>Legal name in Arabic</source>
        <translation>نام حقوقی به عربی/فارسی</translation>
    </message>
    <message>
        <source>Legal name in English</source>
        <translation>نام حقوقی به انگلیسی</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Prices and rates</source>
        <translation>قیمت‌ها و نرخ‌ها</translation>
    </message>
    <message>
        <source>Catalogue prices include VAT</source>
        <translation>قیمت‌های کاتالوگ با مالیات است</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>افزودن نرخ</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>حذف نرخ</translation>
    </message>
    <message>
        <source>Default rate (products without their own)</source>
        <translation>نرخ پیش‌فرض (کالاهای بدون نرخ خود)</translation>
    </message>
    <message>
        <source>Shipping is taxed at</source>
        <translation>نرخ مالیات ارسال</translation>
    </message>
    <message>
        <source>Save tax settings</source>
        <translation>ذخیره تنظیمات مالیات</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>The automatic backup failed</source>
        <translation>پشتیبان‌گیری خودکار ناموفق بود</translation>
    </message>
    <message>
        <source>The automatic backup at %1 failed: %2. shopdesk tries again every day and each time it starts; click to open Settings → Backups and use Back up now.</source>
        <translation>پشتیبان‌گیری خودکار در %1 ناموفق بود: %2. shopdesk هر روز و هر بار که باز می‌شود دوباره تلاش می‌کند؛ برای رفتن به تنظیمات ← پشتیبان‌ها کلیک کنید و از «اکنون پشتیبان بگیر» استفاده کنید.</translation>
    </message>
    <message>
        <source>Birthday rewards could not be given</source>
        <translation>جایزه‌های تولد داده نشد</translation>
    </message>
    <message>
        <source>This month&apos;s birthday rewards could not be given at %1: %2. shopdesk tries again every day and each time it starts.</source>
        <translation>جایزه‌های تولد این ماه در %1 داده نشد: %2. shopdesk هر روز و هر بار که باز می‌شود دوباره تلاش می‌کند.</translation>
    </message>
</context>
</TS>
