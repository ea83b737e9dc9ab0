-- The site's first content: the press release of 20 January 2022, the 32nd anniversary,
-- word for word with its obvious typos fixed, and a timeline built from its facts alone.

INSERT INTO anniversary_release (slug, commemorated_on, published_at, created_at, updated_at)
VALUES ('2022-thirty-second-anniversary-of-the-black-january', '2022-01-20',
        '2022-01-20 09:00:00+04:00', '2022-01-20 09:00:00+04:00', '2022-01-20 09:00:00+04:00');

INSERT INTO release_text (release_id, lang, title, summary, body_markdown)
VALUES ((SELECT id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january'),
        'en',
        'Thirty-second anniversary of the “Black January”',
        'On 20 January 2022, Azerbaijan commemorates the thirty-second anniversary of the “Black January”.',
        'On 20 January 2022, Azerbaijan commemorates the thirty-second anniversary of the “Black January”.
Today thousands of people visited the Martyrs’ Alley in the capital of Azerbaijan, Baku, to pay tribute to
those who sacrificed their lives for the independent and prosperous Azerbaijan.

At the end of the 1980s the people of Azerbaijan filled the streets and squares of Baku and other cities to
protest illegal territorial claims of neighboring Armenia, killings, persecution and forced mass expulsion
of more than 200,000 Azerbaijanis from their ancestral lands in Armenia and the unjust policy pursued by
the leadership of the Soviet Union towards Azerbaijan and its territorial integrity. In response, Soviet
leadership resorted to violence to suppress free expression of popular will.

During the night of 19–20 January 1990, following a series of provocations orchestrated by the central
authorities and the USSR State Security Committee (KGB), Soviet troops attacked Baku and other major
cities and towns in Azerbaijan. As a result of a full-scale military assault, 131 civilians were killed, 744
people were wounded and 841 were indiscriminately and unlawfully detained or arrested.

Among other acts, Soviet soldiers were observed executing wounded, firing at passersby and at dwellings,
stores, medical and other facilities. In several cases tanks and armored vehicles crushed or opened fire
upon moving as well as parked civilian vehicles. Clearly marked ambulances became targets and were not
allowed to aid the wounded. Many civilians were shot in their apartments, building entryways, buses and
places of employment. During examination of bullet wounds on bodies forensic experts noted the
particularly damaging effects of military grade bullets.

By using military force Soviet leadership was aiming to frighten the people of Azerbaijan, break their
resistance and maintain the communist rule in the republic. However, the “Black January” gave a new
impetus to the national liberation movement. On 22 January 1990, 2 million people attended the funeral
ceremony of martyrs in Baku. On 18 October 1991, Azerbaijan restored its independence. Indeed, the
“Black January” is not only a tragedy, but also a victory of the unarmed people over the totalitarian
regime.

Those who ordered and perpetrated bloodshed in January of 1990 have yet to be held accountable.
Azerbaijan is determined to end impunity for the heinous crime committed against its people and to bring
those responsible to justice.
');

INSERT INTO release_figure (release_id, kind, figure)
SELECT id, 'KILLED', 131 FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
INSERT INTO release_figure (release_id, kind, figure)
SELECT id, 'WOUNDED', 744 FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
INSERT INTO release_figure (release_id, kind, figure)
SELECT id, 'DETAINED', 841 FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';

-- Timeline: every event cites the release its facts come from.
INSERT INTO timeline_event (starts_on, ends_on, date_precision, sort_order, source_release_id)
SELECT '1988-01-01', NULL, 'LATE_DECADE', 10, id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
INSERT INTO timeline_event (starts_on, ends_on, date_precision, sort_order, source_release_id)
SELECT '1990-01-19', '1990-01-20', 'DAY_RANGE', 20, id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
INSERT INTO timeline_event (starts_on, ends_on, date_precision, sort_order, source_release_id)
SELECT '1990-01-22', NULL, 'DAY', 30, id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
INSERT INTO timeline_event (starts_on, ends_on, date_precision, sort_order, source_release_id)
SELECT '1991-10-18', NULL, 'DAY', 40, id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';
INSERT INTO timeline_event (starts_on, ends_on, date_precision, sort_order, source_release_id)
SELECT '2022-01-20', NULL, 'DAY', 50, id FROM anniversary_release WHERE slug = '2022-thirty-second-anniversary-of-the-black-january';

INSERT INTO timeline_event_text (event_id, lang, title, body) VALUES
((SELECT id FROM timeline_event WHERE sort_order = 10), 'az', 'Etirazlar və kütləvi deportasiya',
 'Azərbaycan xalqı qonşu Ermənistanın qanunsuz ərazi iddialarına, qətllərə, təqiblərə və 200 000-dən çox azərbaycanlının Ermənistandakı tarixi torpaqlarından zorla qovulmasına etiraz etmək üçün Bakının və digər şəhərlərin küçə və meydanlarına çıxdı.'),
((SELECT id FROM timeline_event WHERE sort_order = 10), 'en', 'Protests and mass expulsion',
 'The people of Azerbaijan filled the streets and squares of Baku and other cities to protest the illegal territorial claims of neighbouring Armenia, killings, persecution and the forced expulsion of more than 200,000 Azerbaijanis from their ancestral lands in Armenia.'),
((SELECT id FROM timeline_event WHERE sort_order = 10), 'ru', 'Протесты и массовое изгнание',
 'Народ Азербайджана вышел на улицы и площади Баку и других городов в знак протеста против незаконных территориальных притязаний соседней Армении, убийств, преследований и насильственного изгнания более 200 000 азербайджанцев с их исконных земель в Армении.'),
((SELECT id FROM timeline_event WHERE sort_order = 20), 'az', 'Bakıya hərbi hücum',
 'Sovet qoşunları Bakıya, Azərbaycanın digər şəhər və qəsəbələrinə hücum etdi. 131 dinc sakin həlak oldu, 744 nəfər yaralandı, 841 nəfər qanunsuz olaraq saxlanıldı və ya həbs edildi.'),
((SELECT id FROM timeline_event WHERE sort_order = 20), 'en', 'The assault on Baku',
 'Soviet troops attacked Baku and other cities and towns of Azerbaijan. 131 civilians were killed, 744 people were wounded and 841 were unlawfully detained or arrested.'),
((SELECT id FROM timeline_event WHERE sort_order = 20), 'ru', 'Военное нападение на Баку',
 'Советские войска атаковали Баку и другие города и посёлки Азербайджана. 131 мирный житель был убит, 744 человека ранены, 841 человек незаконно задержан или арестован.'),
((SELECT id FROM timeline_event WHERE sort_order = 30), 'az', 'Şəhidlərin dəfni',
 'Bakıda şəhidlərin dəfn mərasimində 2 milyon insan iştirak etdi.'),
((SELECT id FROM timeline_event WHERE sort_order = 30), 'en', 'The funeral of the martyrs',
 '2 million people attended the funeral ceremony of the martyrs in Baku.'),
((SELECT id FROM timeline_event WHERE sort_order = 30), 'ru', 'Похороны шехидов',
 '2 миллиона человек пришли на церемонию похорон шехидов в Баку.'),
((SELECT id FROM timeline_event WHERE sort_order = 40), 'az', 'Müstəqilliyin bərpası',
 'Azərbaycan dövlət müstəqilliyini bərpa etdi.'),
((SELECT id FROM timeline_event WHERE sort_order = 40), 'en', 'Independence restored',
 'Azerbaijan restored its independence.'),
((SELECT id FROM timeline_event WHERE sort_order = 40), 'ru', 'Восстановление независимости',
 'Азербайджан восстановил свою независимость.'),
((SELECT id FROM timeline_event WHERE sort_order = 50), 'az', 'Faciənin 32-ci ildönümü',
 'Minlərlə insan müstəqil və firavan Azərbaycan uğrunda canlarını fəda edənlərin xatirəsini yad etmək üçün Bakıda Şəhidlər xiyabanını ziyarət etdi.'),
((SELECT id FROM timeline_event WHERE sort_order = 50), 'en', 'The 32nd anniversary',
 'Thousands of people visited the Martyrs’ Alley in Baku to pay tribute to those who sacrificed their lives for the independent and prosperous Azerbaijan.'),
((SELECT id FROM timeline_event WHERE sort_order = 50), 'ru', '32-я годовщина трагедии',
 'Тысячи людей посетили Аллею шехидов в Баку, чтобы почтить память тех, кто отдал жизнь за независимый и процветающий Азербайджан.');
