-- The 2022 statement in Azerbaijani and Russian, translated from its English original, which
-- stays the authoritative text: every figure, date and name as the original gives it. A text
-- that is a translation names the language of its original, so that pages can say so and link
-- to it. Inside the texts a number keeps its suffix and its thousands on one line: the hyphen
-- of "200 000-dən" or "1980-х" is a non-breaking hyphen and the space of "200 000" a no-break space.

ALTER TABLE release_text ADD COLUMN translated_from VARCHAR(2);
ALTER TABLE release_text ADD CONSTRAINT release_text_translated_from_fk
    FOREIGN KEY (translated_from) REFERENCES site_language (code);

INSERT INTO release_text (release_id, lang, title, summary, body_markdown, translated_from)
VALUES ((SELECT id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january'),
        'az',
        '“Qara Yanvar” faciəsinin otuz ikinci ildönümü',
        '2022‑ci il yanvarın 20‑də Azərbaycan “Qara Yanvar” faciəsinin otuz ikinci ildönümünü anır.',
        '2022‑ci il yanvarın 20‑də Azərbaycan “Qara Yanvar” faciəsinin otuz ikinci ildönümünü anır.
Bu gün minlərlə insan müstəqil və firavan Azərbaycan uğrunda canlarını fəda edənlərin xatirəsini
yad etmək üçün Azərbaycanın paytaxtı Bakıda Şəhidlər xiyabanını ziyarət etdi.

1980‑ci illərin sonunda Azərbaycan xalqı qonşu Ermənistanın qanunsuz ərazi iddialarına, qətllərə,
təqiblərə, 200 000‑dən çox azərbaycanlının Ermənistandakı tarixi torpaqlarından zorla kütləvi
şəkildə qovulmasına, habelə Sovet İttifaqı rəhbərliyinin Azərbaycana və onun ərazi bütövlüyünə
münasibətdə yürütdüyü ədalətsiz siyasətə etiraz etmək üçün Bakının və digər şəhərlərin küçə və
meydanlarına çıxdı. Buna cavab olaraq sovet rəhbərliyi xalq iradəsinin azad ifadəsini boğmaq
üçün zorakılığa əl atdı.

1990‑cı il yanvarın 19‑dan 20‑nə keçən gecə, mərkəzi hakimiyyətin və
SSRİ Dövlət Təhlükəsizlik Komitəsinin (DTK) təşkil etdiyi bir sıra təxribatlardan sonra sovet
qoşunları Bakıya, Azərbaycanın digər iri şəhər və qəsəbələrinə hücum etdi. Genişmiqyaslı hərbi hücum nəticəsində
131 dinc sakin həlak oldu, 744 nəfər yaralandı, 841 nəfər isə heç bir fərq qoyulmadan və qanunsuz
olaraq saxlanıldı və ya həbs edildi.

Digər əməllərlə yanaşı, sovet əsgərlərinin yaralıları qətlə yetirdiyi, yoldan keçənlərə, yaşayış
evlərinə, mağazalara, tibb və digər müəssisələrə atəş açdığı müşahidə edildi. Bir sıra hallarda
tanklar və zirehli maşınlar hərəkətdə olan, eləcə də dayanmış mülki avtomobilləri əzdi və ya
onları atəşə tutdu. Aydın nişanlanmış təcili yardım maşınları hədəfə çevrildi, onların yaralılara
kömək göstərməsinə imkan verilmədi. Çoxlu dinc sakin öz mənzillərində, binaların girişlərində,
avtobuslarda və iş yerlərində güllələndi. Meyitlərdəki güllə yaralarını müayinə edən məhkəmə-tibb
ekspertləri hərbi təyinatlı güllələrin xüsusilə ağır zədələyici təsirini qeyd etdilər.

Sovet rəhbərliyi hərbi gücdən istifadə etməklə Azərbaycan xalqını qorxutmağı, onun müqavimətini
qırmağı və respublikada kommunist hakimiyyətini saxlamağı qarşısına məqsəd qoymuşdu. Lakin
“Qara Yanvar” milli azadlıq hərəkatına yeni təkan verdi. 1990‑cı il yanvarın 22‑də Bakıda
şəhidlərin dəfn mərasimində 2 milyon insan iştirak etdi. 1991‑ci il oktyabrın 18‑də Azərbaycan öz
müstəqilliyini bərpa etdi. Həqiqətən də, “Qara Yanvar” təkcə faciə deyil, həm də silahsız xalqın
totalitar rejim üzərində qələbəsidir.

1990‑cı ilin yanvarında qan tökülməsini əmr edənlər və törədənlər hələ də məsuliyyətə cəlb
olunmayıblar. Azərbaycan öz xalqına qarşı törədilmiş bu dəhşətli cinayətin cəzasız qalmasına son
qoymağa və günahkarları ədalət mühakiməsinə cəlb etməyə qətiyyətlidir.
',
        'en');

INSERT INTO release_text (release_id, lang, title, summary, body_markdown, translated_from)
VALUES ((SELECT id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january'),
        'ru',
        'Тридцать вторая годовщина «Чёрного января»',
        '20 января 2022 года Азербайджан отмечает тридцать вторую годовщину «Чёрного января».',
        '20 января 2022 года Азербайджан отмечает тридцать вторую годовщину «Чёрного января».
Сегодня тысячи людей посетили Аллею шехидов в столице Азербайджана Баку, чтобы почтить память тех,
кто отдал жизнь за независимый и процветающий Азербайджан.

В конце 1980‑х годов народ Азербайджана вышел на улицы и площади Баку и других городов в знак
протеста против незаконных территориальных притязаний соседней Армении, убийств, преследований
и насильственного массового изгнания более 200 000 азербайджанцев с их исконных земель в Армении,
а также против несправедливой политики руководства Советского Союза в отношении Азербайджана
и его территориальной целостности. В ответ советское руководство прибегло к насилию, чтобы
подавить свободное волеизъявление народа.

В ночь с 19 на 20 января 1990 года, после ряда провокаций, организованных центральными властями
и Комитетом государственной безопасности СССР (КГБ СССР), советские войска атаковали Баку
и другие крупные города и посёлки Азербайджана. В результате полномасштабного военного нападения
131 мирный житель был убит, 744 человека ранены, 841 человек без разбора и незаконно задержан
или арестован.

Было засвидетельствовано, что советские военнослужащие, помимо прочего, расстреливали раненых,
стреляли по прохожим, по жилым домам, магазинам, медицинским и другим учреждениям. В ряде случаев
танки и бронемашины давили движущиеся и припаркованные гражданские автомобили или открывали
по ним огонь. Машины скорой помощи с чёткими опознавательными знаками становились мишенями, им
не давали оказывать помощь раненым. Многие мирные жители были застрелены в своих квартирах,
подъездах, автобусах и на рабочих местах. Осматривая огнестрельные ранения на телах погибших,
судебно-медицинские эксперты отмечали особо разрушительное действие пуль военного образца.

Применяя военную силу, советское руководство стремилось запугать народ Азербайджана, сломить его
сопротивление и сохранить в республике коммунистическую власть. Однако «Чёрный январь» дал новый
импульс национально-освободительному движению. 22 января 1990 года в церемонии похорон шехидов
в Баку приняли участие 2 миллиона человек. 18 октября 1991 года Азербайджан восстановил свою
независимость. Поистине, «Чёрный январь» — это не только трагедия, но и победа безоружного народа
над тоталитарным режимом.

Те, кто отдал приказ о кровопролитии в январе 1990 года, и те, кто его учинил, до сих пор
не привлечены к ответственности. Азербайджан полон решимости положить конец безнаказанности
за чудовищное преступление, совершённое против его народа, и предать виновных суду.
',
        'en');

-- The release has new texts: feeds and the sitemap should say it changed.
UPDATE anniversary_release SET updated_at = CURRENT_TIMESTAMP
WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
