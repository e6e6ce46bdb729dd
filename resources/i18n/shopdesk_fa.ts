<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
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
        <source>shopdesk</source>
        <translation>شاپ‌دسک</translation>
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
    <name>ComingSoonPage</name>
    <message>
        <source>Coming soon: this area is not built yet.</source>
        <translation>به‌زودی: این بخش هنوز ساخته نشده است.</translation>
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
        <source>Customer profiles with order history, lifetime value and loyalty cards, and merging duplicates.</source>
        <translation>پروندهٔ مشتریان با سابقهٔ سفارش، ارزش طول عمر و کارت وفاداری، و ادغام پرونده‌های تکراری.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Thank-you notes and packing inserts with a QR code to your review page, batch-printed or saved as PDF.</source>
        <translation>کارت تشکر و برگهٔ داخل بسته با کد QR صفحهٔ نظرات، چاپ دسته‌جمعی یا ذخیره به‌صورت PDF.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <source>Returns and exchanges under your written return policy, with refunds, store credit and return slips.</source>
        <translation>مرجوعی و تعویض طبق سیاست مکتوب مرجوعی، با بازپرداخت، اعتبار فروشگاه و برگهٔ مرجوعی.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>وفاداری</translation>
    </message>
    <message>
        <source>Punch cards, points, tiers, referral and birthday rewards, issued as single-use codes.</source>
        <translation>کارت مهر، امتیاز، سطح‌بندی، پاداش معرفی و تولد، صادرشده به‌صورت کد یک‌بارمصرف.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>Promises with an owner and a deadline, post-delivery check-ins, and recorded NPS, CSAT and reviews.</source>
        <translation>قول‌هایی با مسئول و مهلت، پیگیری پس از تحویل، و ثبت NPS، CSAT و نظرها.</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Revenue, average order value, repeat-purchase and return rates, lifetime value and NPS, with charts.</source>
        <translation>درآمد، میانگین ارزش سفارش، نرخ خرید دوباره و مرجوعی، ارزش طول عمر و NPS، همراه با نمودار.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
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
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln سفارش</numerusform>
        </translation>
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
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
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
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Country (for phone numbers)</source>
        <translation>کشور (برای شماره‌های تلفن)</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>صفحهٔ نظرات</translation>
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
</TS>
