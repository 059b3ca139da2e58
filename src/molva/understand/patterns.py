"""Patterns for kinds, checks, modes, direction and context (data, composed bottom-up).

Text reaching these patterns is normalised (`text.normalize`): lower case, ё → е.
Quantities (durations, distances, counts) are in `quantities.py`.
"""

from __future__ import annotations

import re

from molva.understand.prefilter import Prefiltered, prefiltered

QUESTION_START = re.compile(
    r"^\W*(?:а\s+|и\s+|так\s+|ну\s+|ребята\s+|вопрос:\s*)?(?:сколько|нужн\w*\s+ли|скажите|отпишитесь|"
    r"какой|какая|какие|\w+\s+как\s+сейчас|як\s+зараз|що\s+там|подскаж\w*|есть\s+ли|кто\s+знает|кто-нибудь|кто\s+нибудь|"
    r"как\s+там|что\s+там|что\s+с|пускают\s+ли|пропускают\s+ли|можно\s+ли|реально\s+ли|стоит\s+ли|"
    r"how\s+long|how\s+much|how\s+many|how\s+is|what'?s|anyone|any\s+news|does\s+anyone|is\s+it|are\s+they|is\s+there|"
    r"скільки|підкаж\w*|хтось\s+знає|чи\s)"
)
# Ads and offers: "продаю место в очереди на 5-м км", "трансфер до Казбеги 7000р, пишите в лс".
AD = re.compile(
    r"\b(?:продаю|продам|продаём|продаем|selling|for\s+sale|перевозк\w*|трансфер\w*|пишите\s+в\s+лс|в\s+личку|"
    r"звонить|звоните|телефонуйте|пишіть\s+в\s+пп|dm\s+(?:me|us)|charging|prices?\s+for|цен[аы]\s+на\s+мест\w*|"
    r"стоимость\s+мест\w*)\b"
)
# A question without "?": "Кайрак сколько сейчас", "в какое время лучше подъезжать", "ребят скока щас стоять".
QUESTION_WORDS = re.compile(
    r"^\W*(?:где|когда|коли)\b|"
    r"^\W*(?:\w+\W+){0,3}?(?:сколько|скока|скоко|скільки|как\s+там|як\s+там|что\s+там|що\s+там|что\s+лучше|"
    r"в\s+какое|в\s+каком|how\s+long|how\s+many)\b"
    r"|\b(?:сколько|скока|скоко|скільки|как\s+там|як\s+там|что\s+там|що\s+там|how\s+long)(?:\s+\w+)?\W*$"
)
HEARSAY = re.compile(
    r"\b(?:говорят|говорили|слышал\w*|якобы|будто|по\s+слухам|слухи|слух|пишут|передают|"
    r"сказали|rumou?rs?|reportedly|allegedly|people\s+say|they\s+say|i\s+hear\w*|heard|word\s+is|"
    r"going\s+round|кажуть|чув|чула|нібито|подейкують|пишуть|чутки|чуток|инсайд|інсайд|"
    r"неофициально|неофіційно|someone\s+(?:in|says)|кто-то\s+пишет|сосед\s+сказал|мне\s+сказали|"
    r"непровер\w+|unverified|неперевірен\w+|знакомый\s+\w+\s+сказал|знайомий|неподтвержд\w+|"
    r"непідтвердж\w+|источник\w*|джерел\w*|sources?\s+(?:close|in|say|told)|according\s+to\s+(?:a\s+)?sources?|"
    r"со\s+ссылкой|собеседник\w*|з\s+посиланням|точно\s+вам\s+говорю|pass\s+it\s+on|инсайдер\w*|unconfirmed|widely\s+shared|claims?\s+that|there\s+is\s+talk|talk\s+is|"
    r"word\s+on\s+the\s+street|кто-то\s+написал|перешлите|перешли\s+всем|розішліть|forward\s+(?:this|to\s+every)|кажут|говорит,?\s+что|говорит\s+готов\w*)\b"
)
FUTURE = re.compile(
    r"\b(?:closes|shuts|soon|будут|будет|закроют|закроет|закрыть|введут|введет|объявят|объявит|запретят|запретит|"
    r"поставят|откроют|отправят|заберут|начнутся|разрешат|отменят|призовут|выдадут|вручат|"
    r"(?:могут|можуть|може|может|may|might)\s+(?:\w+\s+)?(?:закр|огранич|запрет|заборон|обмеж|clos|ban|"
    r"restrict|оголос|объяв|shut|ввест|запровад)\w*|почнуть|почне|завтра|tomorrow|с\s+завтрашнего|"
    r"з\s+завтрашнього|відкриють|піднімуть|поднимут|внесут|внесуть|is\s+coming|goes\s+out|will\s+be|"
    r"мобилизуют|мобілізують|выдворять|перестане|перестануть|"
    r"\bto\s+(?:close|ban|shut|introduce|bar)\b|з\s+(?:понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі)|пообещал\w*|обещают|promised|обіця\w*|розглядають|рассматривают|considering|обговорюють|could\s+be|"
    r"перестанут|начнут|не\s+выпустят|не\s+пустят|станут|собираются|планируют|обсуждают|выдавать|"
    r"will|won't|(?:going\s+to|gonna)\s+(?:close|introduce|ban|shut|start|stop|deport|be)|plan\w*\s+to|"
    r"to\s+be\s+(?:closed|introduced)|дают\s+только|пустят\s+только|оголосить|закриває|закрывает|"
    r"будуть|буде|закриють|закриє|введуть|запровадять|оголосять|заборонять|не\s+випустять|"
    r"збираються|планують)\b|тиму?ть\b|тиме\b|с\s+\d+(?:-?го)?\s+(?:октября|ноября)|"
    r"с\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|завтра\w*|ноября|октября)|"
    r"from\s+(?:(?:the\s+)?\d+(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:oct\w*|nov\w*|monday|tomorrow|next)|"
    r"(?:are|is)\s+closing|'d\s+(?:shut|close)|would\s+(?:shut|close)|next\s+week|скоро|"
    r"з\s+\d+\s+(?:жовтня|вересня|листопада)|наступного\s+тижня|(?:с|з)\s+00[:.]00|from\s+midnight|с\s+полуночи|"
    r"\bперестанет\b|"
    r"\b(?:готовят|готують|прикроют|аннулируют|анулюють|отберут|відберуть|barred|будут\s+брать|"
    r"второй\s+этап|друга\s+хвиля|second\s+wave|втор\w+\s+волн\w*)\b"
)
POLICY = re.compile(
    r"границ|выезд|выпуск|виз[аыу]|закро|закры|запрет|военн\w*\s+положени|мобилизац|волн|повест(?:к|ок)|"
    r"военкомат|уклонист|ухилянт|референдум|въезд|огранич|restrict|обмеж|выдвор|забер|мобилиз|мобіліз|билет|зарубеж|загранпаспорт|изыма|депорт|забира|списк|облав|"
    r"border|visa|\bban\b|\bbann|\bexit|draft|martial|\bleave|\bleav|barred|shut|clos|deport|загран|"
    r"видават|выдават|extradit|дезертир|"
    r"сним\w*\s+с\s+рейс|указ|decree|секретн|secret|"
    r"permit|wave|mobili|кордон|виїзд|випуск|віз|закри|мобілізац|повіст(?:к|ок)|військов"
)
ONGOING = re.compile(
    r"\b(?:стоим|стою|стоїмо|стоїм|ждем|жду|чекаємо|чекаю|торчим|застряли|сидим|"
    r"(?:уже|вже)\s+\d|still|все\s+еще|вс[её]\s+ещ[её]|ещ[её]\s+тут|досі|so\s+far|пока\s+что|"
    r"been\s+(?:here|waiting|in\s+(?:the\s+)?line|queuing|queueing|stuck|standing|sitting)|"
    r"(?:we\s*'?re|we\s+are|i\s*'?m|i\s+am)\s+(?:waiting|stuck|in\s+line|standing|still)|"
    r"мы\s+на|пока\s+стоим|у\s+черзі)\b|(?:час\w*|годин\w*|hours?|сут\w*|доб\w*)\s+(?:уже|вже|already)\b|"
    r"\b(?:\d+\s*-?\s*(?:й|ий|ту|th|ю)|втор\w+|трет\w+|четверт\w+|пят\w+|п'ят\w+|друг\w+)\s+"
    r"(?:час|годину|сутки|добу|hour|day)\b"
)
DONE = re.compile(
    r"\b(?:прошли|прошел|прошла|прошло|проехали|проехал|проехала|пересекли|пересек|пересекла|"
    r"перешли|перешел|перешла|выехали|выехал|выехала|вырвались|прорвались|стояли|стоял|стояла|"
    r"заняло|заняла|заняли|проскочили|проходят|проходили|crossed|made\s+it|got\s+through|"
    r"got\s+across|took|passed|through(?!\s+(?:the\s+)?(?:window|windows|streets|city|town|door|crowd))|пройшли|пройшов|пройшла|перетнули|перетнув|проїхали|"
    r"проїхав|стояли|стояв|зайняло|вийшли|проходять|ожидание|waiting\s+time|wait\s+(?:is|was|time)|"
    r"crossing\s+time|очікування|итого|в\s+общей|total|на\s+(?:той|другой)\s+стороне|on\s+the\s+other\s+side|"
    r"на\s+тому\s+боці|по\s+той\s+бік)\b"
)
FIRST_PERSON_NOW = re.compile(
    r"\b(?:стоим|стою|стоїмо|ждем|жду|чекаємо|торчим|сидим|we\s*'?re|we\s+are|i\s*'?m|i\s+am|"
    r"been\s+(?:here|waiting|in)|currently|ще\s+стоїмо|уже\s+\d+|вже\s+\d+|so\s+far)\b"
)

INCIDENT = re.compile(
    r"повест(?:к|ок)\w*\s+(?:\w+\s+){0,3}(?:вруч|разда|разнос|принес|принос|выда|занес|нос|оставил|пришл|получ)\w*|"
    r"(?:вруч|разда|разнос|принес|принос|выда|занес|дали|получил|пришли\s+с|пришла\s+с|ходили\s+с|"
    r"ходят\s+с)\w*\s+(?:\w+\s+){0,3}повест(?:к|ок)\w*|"
    r"\b(?:вручили|вручено|вручают|раздали|раздают)\s+(?:\w+\s+){0,2}(?:\d+|троим|двоим|около|"
    r"сотрудник\w*|студент\w*|мужчин\w*|всем)|"
    r"забрали\s+(?:\w+\s+){0,2}(?:в\s+военкомат|с\s+работы)|мобилизовали|развоз\w*\s+повест\w*|"
    r"(?:ходят|ходили|ходять|ходили)\s+по\s+квартирам|(?:повезли|увезли)\s+(?:\w+\s+){0,2}в\s+военкомат|"
    r"ловят\s+(?:\w+\s+){0,2}(?:и|в)\s+|ловлять|хапають|хватают|took\s+(?:him|them|her)\s+away|"
    r"pulled\s+(?:\w+\s+){0,2}out\s+of|нет\s+войне|no\s+to\s+war|скандир\w*|протестующ\w*|"
    r"\bвручали\b|стоя\w*\s+с\s+повест\w*|стуч\w+\s+в\s+(?:двер|комнат|квартир)\w*|"
    r"(?:ходят|ходили)\s+(?:\w+\s+){0,4}по\s+(?:домам|квартирам)|по\s+(?:домам|квартирам)\s+(?:\w+\s+)?(?:ходят|ходили)|"
    r"вышл\w*\s+(?:к|на)\s+(?:администрац|площад|улиц|мэри|здани)\w*|"
    r"(?:остановили|тормозят|останавливают)\s+(?:\w+\s+){0,3}(?:у|возле|на\s+выходе)|"
    r"(?:метро|общаг)\w*\s+(?:\w+\s+){0,6}(?:остановили|тормозят|останавливают|проверяют\s+документ)|"
    r"останавлива\w*\s+(?:\w+\s+){0,3}(?:вед|отвод|забира)\w*|"
    r"(?:мужчин\w*|человек|парн\w*|студент\w*|двоих|троих|\d+|друга|брата|мужа|сына|его|их|меня|нас|"
    r"девушк\w*|женщин\w*|активист\w*)\s+(?:\w+\s+){0,1}задерж\w*|"
    r"(?:ходили|ходят|пришли|пришла|пришел|приходили|приходят)\s+(?:\w+\s+){0,3}с\s+повест\w*|"
    r"\b(?:задержан\w*|задержал\w*\s+(?!на\s+\d)(?:\w+\s+){0,2}(?:человек|мужчин|парн|студент|"
    r"протестующ|участник|люд|сотрудник|его|их|\d)|задержива\w*|облав\w*|рейд\w*|протест\w*|митинг\w*|пикет\w*|автозак\w*|винтят|винтили|"
    r"вяжут|повязали|"
    r"detain\w*|arrest\w*|raids?|protest\w*|rall(?:y|ies)|"
    r"(?:draft\s+notices?|summons\w*|call[-\s]?up\s+papers?|notices?)\s+(?:\w+\s+){0,2}(?:were|was|are|being|handed|served|"
    r"given|left|delivered)|"
    r"(?:hand\w*|serv\w*|deliver\w*|got|received|receive|left|given)\s+(?:out\s+)?(?:\w+\s+){0,2}"
    r"(?:draft\s+notices?|summons\w*|call[-\s]?up\s+papers?|notice)|"
    r"повіст(?:к|ок)\w*\s+(?:\w+\s+){0,2}(?:вруч|розда|розно|принес|принос|залиш|прийш|отрим)\w*|"
    r"(?:несколько|кілька|десятки|десятки|сотни|\d+)\s+(?:\w+\s+)?(?:мужиков|пацанов|хлопців|ребят|парней|сотрудников|"
    r"працівників|студентов|студентів|чоловіків|мужчин)\s+(?:уже\s+)?(?:получил\w*|отримал\w*)|"
    r"ходили\s+по\s+(?:этажам|комнатам|кімнатах|кімнатам|поверхах)\s+с\s+(?:коменд\w*|полици\w*|военком\w*)|"
    r"ходили\s+по\s+(?:кімнатах|кімнатам|поверхах)\s+з\s+(?:коменд\w*|поліці\w*)|"
    r"(?:приехал\w*|приїхал\w*)\s+(?:\w+\s+){0,2}с\s+(?:военкомат\w*|военком\w*|повестк\w*)|"
    r"(?:человек|людей|people)\s+(?:уже\s+)?(?:увезли|забрали|taken\s+away)|"
    r"(?:вруч|розда|розно|рознес|отримав|отримали|дали|прийшли\s+з)\w*\s+(?:\w+\s+){0,3}повіст(?:к|ок)\w*|"
    r"повіст(?:к|ок)\w*\s+(?:\w+\s+){0,2}(?:рознес|рознос|роздава|роздал)\w*|"
    r"(?:gathered|протестн\w*|зібрал\w*|собрал\w*)\s+(?:\w+\s+){0,4}(?:outside|у|біля|возле|около|перед)\s+|"
    r"demanding|вимагал\w*|вимагаючи|требовал\w*|требуя|"
    r"(?<!петиция\s)(?:против\s+мобилизац\w*|проти\s+мобілізац\w*|against\s+(?:the\s+)?mobili[sz]ation)|"
    r"criminal\s+case|уголовн\w+\s+дел\w*|кримінальн\w+\s+справ\w*|"
    r"затрима\w*|облав\w*|протест\w*|мітинг\w*)|"
    r"забрали\s+(?:\d+|\w+)\s+(?:парн\w*|мужчин\w*|мужик\w*|человек|студент\w*|ребят)|"
    r"(?:пришли|приходили|пришёл|пришел)\s+(?:\w+\s+){0,3}с\s+(?:военкомат\w*|военком\w*|повестк\w*)|"
    r"задержал\w*\s+(?:\w+\s+)?(?:активист\w*|женщин\w*|девуш\w*|журналист\w*|пенсионер\w*|мужчин\w*|подрост\w*|"
    r"мужик\w*|парн\w*|сына|мужа|брата)|"
    # notices served, the notice left unsaid: "пришли в 5 утра, вручили прям на пороге"
    r"\b(?:вручили|вручил|вручила|вручают|вручали|вручено|вручены|вручать|вручають|вручили|вручив)\b"
    r"(?!\s+(?:\w+\s+)?(?:награ\w*|приз\w*|преми\w*|диплом\w*|орден\w*|медал\w*|ключ\w*|грамот\w*|сертификат\w*|"
    r"подар\w*|нагород\w*))|"
    r"hand\w*\s+out\s+papers|handing\s+(?:\w+\s+)?papers|с\s+бумажк\w*|стоят\s+с\s+папками|"
    # detentions told with other verbs: "скрутили шестерых", "арестовали на 15 суток", "grabbing everyone"
    r"скрутил\w*|(?:арестовал\w*|заарештувал\w*|арештувал\w*)\s+(?:\w+\s+)?на\s+\d+\s+(?:сут|діб|дн)\w*|"
    r"got\s+\d+\s+days|\d+\s+(?:суток|діб)\s+(?:ареста|арешту)|взяли\s+(?:\w+\s+)?(?:пятерых|троих|двоих|четверых|шестерых|"
    r"\d+\s+человек)|(?:увезли|увезены|вивезли)\s+(?:\w+\s+){0,2}в\s+(?:оп|отдел|овд|автозак|полиц|участок)\w*|"
    r"grabb\w+\s+(?:everyone|people|men)|taking\s+people\s+away|got\s+twisted|in\s+the\s+(?:vans|buses)\s+already|"
    r"(?:грузят|заталкивают|закидывают)\s+(?:\w+\s+)?в\s+(?:автобус|автозак)\w*|"
    # told in other words: "detentions at Chistye Prudy", "grabbed a guy", "pushing people into vans"
    r"\bdetentions\b|\bdetention\s+of\b|\bзадержани[яей]\b|\bзатримання\b|\bзадержали\b(?!\s+на\s+\d)|"
    r"\bзатримали\b(?!\s+на\s+\d)|grabbed\s+(?:a|two|three|\d+)\s+\w+|"
    r"pushing\s+people\s+into\s+(?:vans|buses)|увели\s+в\s+(?:отдел|овд|автозак|участок)|"
    r"(?:перекрыли|перекрили|blocking|blocked)\s+(?:the\s+)?(?:проспект|трассу|avenue|road|street|highway)|"
    r"розганя\w*\s+натовп|разгоня\w*\s+толп\w*|dispers\w+\s+(?:the\s+)?(?:crowd|protesters)|"
    # transliterated Russian, as some chats write it
    r"\boblav\w*|vruch\w+\s+povestk\w*|povestk\w*\s+(?:vruch|razda)\w*|razdal\w*\s+povestk\w*|vintyat|vintili|"
    r"zaderzh\w+|zabrali\s+(?:chelovek|\d)|"
    # a raid: exits sealed, the papers of everyone checked
    r"перекрыли\s+(?:все\s+)?выходы|sealed\s+(?:off\s+)?the\s+exits|(?:проверены|проверили|перевірили)\s+(?:\w+\s+)?"
    r"(?:сотни|десятки|всех|сотні)|checked\s+the\s+(?:papers|documents|ids)\s+of\s+(?:hundreds|dozens|all|every)"
)
# A crowd told by its size ("десятки женщин", "человек 30", "от 500 до 1000 человек") is a protest where
# something else in the message says so or that the police are there (CROWD_CONTEXT).
CROWD_SIZE = re.compile(
    r"(?:(?:десятки|сотни|сотні|тысячи|тисячі|dozens|hundreds|thousands|больше\s+тысячи|более\s+сотни|понад\s+сотню|"
    r"several\s+hundred|от\s+\d+\s+до\s+\d+)\s+(?:of\s+)?(?:\w+\s+)?(?:людей|человек|женщин|жінок|мужчин|жителей|"
    r"people|women|protesters|residents)|(?:людей|человек|people)\s+(?:~\s*|около\s+|about\s+)?\d+|"
    r"(?:about|around|около)\s+\d+\s+people)"
)
CROWD_CONTEXT = re.compile(
    r"мирно|peaceful|полиц|police|мент|омон|росгвард|riot|cops|автозак|лозунг|скандир|chant|против|against|"
    r"проти\b|площад|square|сквер|проспект|администрац|адміністрац|мэри|собрал|собира|gathered|кричат|кричать|плакат|"
    r"листами|осуохай|молча|silent|republic\s+house|дома\s+республики|будинку\s+республіки|rall"
)
# A crowd and its signs: protests told without the word ("women at the city hall", "blank sheets").
# Its keys are the place or sign words, not the people nouns every message has.
CROWD = re.compile(
    r"плакат\w*|placards?|banners?\s+reading|blank\s+(?:sheets|signs|paper)|чисты\w+\s+лист\w*|одиночн\w+\s+пикет\w*|"
    r"акци[яиюей]\b\W+(?:[\w–-]+\W+){0,5}(?:человек|людей|участник\w*)|"
    r"(?:собира\w+|собрал\w*|зібрал\w*|gather\w*)\s+(?:\w+\s+){0,3}(?:народ|люд\w*|человек|people|женщин\w*|жінк\w*|"
    r"сотни|сотень|hundreds|десятки|dozens|матер\w*|mothers)|"
    r"(?:people|человек|людей|женщин\w*|жінок|матер\w*|mothers|women)\s+(?:\w+\s+){0,3}(?:outside|at|у|возле|перед|около|біля)\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:администрац\w*|адміністрац\w*|мэри\w*|opera|оперн\w*|театр\w*|памятник\w*|monument|"
    r"square|площад\w*|кинотеатр\w*|city\s+hall|town\s+hall|здани\w+\s+администрац\w*)|"
    r"(?:police|полици\w*|полиция|росгварди\w*|поліці\w*)\s+(?:\w+\s+){0,2}(?:surround\w*|окружил\w*|оцепил\w*|стреля\w*|"
    r"оточил\w*|fired|firing|cordon\w*)|"
    r"(?:стоят|стоя|stand\w*|standing)\s+(?:молча|silently|in\s+silence|с\s+плакат\w*)|"
    r"\brall(?:y|ied|ies)\b|вышли\s+на\s+(?:проспект|улиц|площад|трасс)\w*|перекры\w+\s+(?:трассу|движение|дорогу)|"
    r"кричат\s+на\s+(?:ментов|полици\w*)|кричать\s+на\s+поліц\w*|собираются|уже\s+больше\s+тысячи|осуохай"
)

INCIDENT_TYPES = (
    ("detention", re.compile(r"задерж|detain|arrest|затрима|автозак|винтят|винтили|вяжут|повязали|скрутил|"
                             r"арестовал\w*\s+(?:\w+\s+)?на\s+\d|заарештув|арештув|got\s+\d+\s+days|\d+\s+(?:суток|діб)\s+ареш|"
                             r"grabb\w+\s+(?:everyone|people|men)|taking\s+people\s+away|got\s+twisted|"
                             r"in\s+the\s+(?:vans|buses)|(?:грузят|заталкивают)\s+(?:\w+\s+)?в\s+(?:автобус|автозак)|"
                             r"взяли\s+(?:\w+\s+)?(?:пятерых|троих|двоих|четверых|шестерых|\d+\s+человек)|"
                             r"(?:увезли|увезены|вивезли)\s+(?:\w+\s+){0,2}в\s+(?:оп|отдел|овд|участок)|"
                             r"took\s+(?:him|them|her)\s+away|(?:увезли|забрали)\s+в\s+(?:отдел|райотдел|овд|полици)")),
    ("raid", re.compile(r"облав|рейд|raid")),
    ("draft_notice", re.compile(r"повест(?:к|ок)|повіст(?:к|ок)|draft\s+notice|summons|call-up|notice|"
                                r"\bвруч(?:или|ил|ила|ают|али|ено|ены|ать|ають|ив)\b|papers|бумажк|с\s+папками")),
    ("protest", re.compile(r"протест|митинг|пикет|protest|rall(?:y|ies)|акци|мітинг|плакат|placard|"
                           r"blank\s+(?:sheets|signs)|чисты\w+\s+лист|собира|собрал|зібрал|gather|требуют|вимага|demand|"
                           r"stand\w*\s+silently|стоят\s+молча|picket|\brall(?:y|ied)|вышли\s+на\s+(?:проспект|улиц|площад)|"
                           r"перекры\w+\s+(?:трассу|движение)|кричат|кричать|осуохай|(?:десятки|сотни|сотні|dozens|hundreds|"
                           r"тысячи|several\s+hundred)\s+(?:of\s+)?(?:\w+\s+)?(?:людей|человек|женщин|жінок|people|women)|"
                           r"(?:людей|человек|people)\s+~?\d+|about\s+\d+\s+people")),
)
# The event that was served or swept comes before the detention around it: notices handed to the
# detained are `draft_notice`, a sweep that detains people is a `raid`.
NOTICES_SERVED = re.compile(
    r"(?:вруч|разда|раздал|выда|выпис|handed|hand\w*\s+out|served|given|gave|received|got|отримал|вручал|"
    r"роздал|роздава|вручен)\w*\s+(?:\w+\s+){0,4}?(?:повест|повіст|summons|draft\s+notice|notice|papers)"
    r"|(?:повест\w*|повіст\w*|summonses|draft\s+notices)\s+(?:\w+\s+){0,3}?(?:вруч|разда|выда|роздал|handed|served|given)"
)
SWEEP = re.compile(r"облав|\bрейд|\braid|перекрыли\s+(?:все\s+)?выходы|sealed\s+(?:off\s+)?the\s+exits|проверки\s+по\s+(?:хостел|общаг|общежит)|прошл\w+\s+(?:\w+\s+)?по\s+общаг")
NO_DETENTIONS = re.compile(r"без\s+задержан|no\s+(?:arrests|detentions)|без\s+затриман")
# In order of precedence: the first that matches is the place.
PLACE_TYPES = (
    ("metro", re.compile(r"метро|metro|subway|underground")),
    ("dormitory", re.compile(r"общежит|общаг|гуртож|dorm|hostel|хостел")),
    ("workplace", re.compile(
        r"на\s+работ|с\s+работ|рабоч\w+\s+мест|на\s+завод|завод\w*|в\s+офис|офис\w*|предприят|на\s+стройк|"
        r"проходн|цех\w*|сотрудник\w*|компани|workplace|at\s+work|factory|office|business\s+cent|"
        r"employees|на\s+роботі|на\s+заводі|з\s+роботи|працівник|бізнес-центр|бизнес-центр|коворкинг|coworking|"
        r"депо\b|depot|таксопарк|\bplant\b|кафедр|прохідн|during\s+their\s+shift|смен[аеуы]|workers\s+at")),
    ("home", re.compile(
        r"домой|на\s+дом|по\s+квартир|в\s+квартир|в\s+подъезд|at\s+home|homes|додому|вдома|квартир|"
        r"в\s+дверь|door|knock|mailbox|почтов|к\s+соседу|с\s+кровати|в\s+нашем\s+доме|[1-5]\s+утра|"
        r"[1-5]\s*am\b|о\s+[1-5]\s+ранку|по\s+домам|по\s+домівках|домівк|подъезд|під'їзд|дворы|дворах|"
        r"к\s+отцу|к\s+мужу\s+домой|door\s+to\s+door")),
    ("police_station", re.compile(
        r"отдел\w*\s+полиц|(?<![\w-])овд(?!-)|в\s+отделени|в\s+отдел[еахы]|отделах|police\s+station|"
        r"відділ\w*\s+поліц|райотдел|участок")),
    ("enlistment_office", re.compile(r"военкомат|військкомат|enlistment\s+office|recruitment\s+office")),
    ("street", re.compile(
        r"на\s+улиц|street|на\s+вулиц|площад|square|у\s+памятник|памятник|собор|театр|сквер|фонтан|"
        r"остановк|невском|арбат|акци|митинг|пикет|протест|rally|protest|road|мітинг|вулиц")),
    ("other", re.compile(
        r"вокзал|спортзал|\bgym\b|торгов\w+\s+центр|\bтц\b|mall|университет|универ|вуз|school|"
        r"школ|station|аэропорт|airport|рынок|рынке|ринку|ринок|market|клуб|club|фитнес|"
        r"fitness|банк|bank")),
    ("border", re.compile(r"границ|кпп|border|кордон")),
)
CHECKS = (
    ("questioning", re.compile(
        r"расспраш\w*|допрос\w*|опрашива\w*|опрос\w*|бесед\w*|вопрос\w*|"
        r"спрашива\w*\s+(?:только\s+|лишь\s+)?(?:про\s+цел|о\s+цел|цель|куда|зачем|где|про\s+работ|о\s+работ|кем|чем)|"
        r"спросил\w*\s+(?:\w+\s+)?(?:цель|куда|зачем|где)|отвод\w*\s+(?:в\s+сторону|на)|в\s+комнату|"
        r"анкет\w*|интервью|questioned|questioning|questions|interrogat\w*|"
        r"asked\s+(?:\w+\s+)?(?:about|where|why|if|whether|what)|asking|fsb\s+chat|took\s+(?:me|him|us)\s+aside|"
        r"допит\w*|розпитув\w*|опитув\w*|співбесід\w*|питали|питають")),
    ("phone_check", re.compile(
        r"(?:телефон\w*|смартфон\w*|мобил\w*|переписк\w*|телег\w*|телеграм\w*|галере\w*|соцсет\w*)\s+(?:\w+\s+){0,2}"
        r"(?:смотр|провер|досматр|листа|лазил|разблок|проверя|чекают|шмона|чита)\w*|"
        r"(?:смотр|посмотр|провер|досматр|листа|лазил|разблок|проверя|шмона|чита|забира)\w*\s+(?:\w+\s+){0,3}"
        r"(?:телефон\w*|смартфон\w*|переписк\w*|телег\w*|телеграм\w*|галере\w*|соцсет\w*)|"
        r"phones?\s+(?:\w+\s+){0,2}(?:check|search|inspect|look|serial)\w*|"
        r"(?:check|search|inspect|unlock|went\s+through|look\w*\s+through|scroll\w*\s+through)\w*\s+(?:\w+\s+){0,2}(?:phones?|telegram|chats|photos|gallery)|"
        r"took\s+(?:my|his|their|our)\s+phones?|"
        r"телефон\w*\s+(?:\w+\s+){0,2}(?:перевір|дивил|дивля)\w*|"
        r"(?:перевір|дивил|дивля|забирают|забирають|читають)\w*\s+(?:\w+\s+){0,3}(?:телефон\w*|переписк\w*)")),
    ("military_id", re.compile(
        r"военник\w*|военн\w+\s+билет\w*|воен\w*\s+учет\w*|категори\w*|служил\w*|служб\w*\s+в\s+армии|про\s+служб\w*|"
        r"в\s+армии|"
        r"military\s+id|military\s+(?:service|record|card)|served|reserve\s+status|category|"
        r"військов\w+\s+квит\w*|військов\w+\s+облік\w*|служив|категорі\w*")),
    ("document_check", re.compile(
        r"(?:провер|смотр)\w*\s+(?:\w+\s+)?(?:документ|паспорт)\w*|(?:документ|паспорт)\w*\s+(?:\w+\s+)?провер\w*|"
        r"по\s+базам?|по\s+базе|в\s+базе|пробива\w*|забира\w*\s+паспорт\w*|"
        r"documents?\s+(?:were\s+)?check\w*|check\w*\s+(?:\w+\s+)?(?:documents|passports)|database|"
        r"перевір\w*\s+(?:\w+\s+)?(?:документ|паспорт)\w*|по\s+баз\w*|брон\w*|booking|сверя\w*|приглашени\w*|"
        r"invitation|звіря\w*")),
    ("enlistment_office", re.compile(
        r"военкомат\w*|мобилизационн\w+\s+пункт\w*|пункт\w*\s+мобилизац\w*|призывн\w+\s+пункт\w*|"
        r"enlistment\s+(?:office|point|station)|recruitment\s+(?:office|point)|voenkomat|"
        r"draft\s+(?:office|point|station)|military\s+commissariat|"
        r"військкомат\w*|мобілізаційн\w+\s+пункт\w*")),
    ("draft_notice_served", re.compile(
        r"повест(?:к|ок)\w*|повіст(?:к|ок)\w*|draft\s+notices?|summons|handing\s+out\s+(?:call-up\s+)?papers")),
)
TURNED_BACK = re.compile(
    r"разворач\w*(?!\s+(?:\w+\s+)?(?:пункт|палатк|штаб|лагер|мобильн|точк))|"
    r"развернул\w*(?!\s+(?:\w+\s+)?(?:пункт|палатк|штаб|лагер|мобильн|точк))|разворот\w*|не\s+выпуст\w*|не\s+выпуска\w*|завернул\w*|"
    r"не\s+пуска\w*|не\s+пропуска\w*|не\s+пропуст(?!ити\s+новин|ить\s+новост)\w*|нельзя|"
    r"turned?\s+(?:\w+\s+)?(?:back|away)|turning\s+(?:\w+\s+)?back|denied\s+(?:exit|entry)|"
    r"not\s+(?:allowed|let)|refused|stopped\s+again|"
    r"розверта\w*|розвернул\w*|не\s+випуст\w*|не\s+випуска\w*|не\s+пуска\w*|не\s+пропуска\w*"
)
NEGATED_INSIDE = re.compile(r"\b(?:не|ни|no|not|ні)\b|n't")
NEGATION = re.compile(
    r"(?:\bне|\bни|\bнет|\bбез|\bno|\bnot|n't|\bnever|\bні|\bнічого|\bникто|\bничего)\W+(?:\w+\W+){0,2}$"
)

MODES = (
    ("foot", re.compile(
        r"пешком|пешеход\w*|пешки|on\s+foot|walk\w*|pedestrian\w*|пішки|пішохід\w*|пішоход\w*")),
    ("bicycle", re.compile(
        r"\b(?:велосипед\w*|велик|велика|велике|велики|великах|велах|bicycles?|bikes?|cycl\w*|ровер\w*)\b")),
    ("scooter", re.compile(r"самокат\w*|scooters?")),
    ("motorcycle", re.compile(r"мотоцикл\w*|\bбайк\w*|мопед\w*|motorcycl\w*|motorbike\w*|\bмото\b")),
    ("bus", re.compile(r"автобус\w*|\bbus\b|buses|маршрутк\w*")),
    ("truck", re.compile(
        r"\bфур[аыуе]\b|\bфур\b|фурам|грузовик\w*|дальнобо\w*|\btrucks?\b|lorr\w*|вантажівк\w*")),
    ("car", re.compile(
        r"на\s+(?:машин\w*|авто\b|тачк\w*|легков\w*|автомобил\w*)|только\s+на\s+авто\b|by\s+car|in\s+(?:a|the|our|my)\s+car|на\s+автівц\w*|"
        r"на\s+автомобіл\w*|на\s+автомобил\w*|на\s+машині|only\s+cars|только\s+на\s+машин\w*")),
)

FOREIGN = (r"(?:грузи\w*|казахстан\w*|монголи\w*|финлянди\w*|эстони\w*|латви\w*|литв\w*|польш\w*|"
           r"норвеги\w*|кита\w*|абхази\w*|армени\w*|азербайджан\w*)")
FOREIGN_EN = r"(?:georgia|kazakhstan|mongolia|finland|estonia|latvia|lithuania|poland|norway|china|the\s+country)"
FOREIGN_UK = r"(?:грузі\w*|казахстан\w*|монголі\w*|фінлянді\w*|естоні\w*|латві\w*|литв\w*|польщ\w*|норвегі\w*)"
EXIT = re.compile(
    rf"выезд\w*|выезжа\w*|вылет\w*|из\s+росси\w*|из\s+рф|с\s+росси\w*|"
    rf"(?:въезд\w*\s+|въехал\w*\s+|уехал\w*\s+|уезжа\w*\s+|прорвались\s+|едем\s+|попали\s+)?в\s+{FOREIGN}|"
    rf"(?:leav\w*|out\s+of|fled|flee\w*)\s+russia|flee\w*|"
    rf"(?:into|to|entered|enter|entering|arrivals?\s+(?:in|at|to))\s+{FOREIGN_EN}|arrivals\s+from\s+russia|"
    rf"entered\s+the\s+country|crossed\s+into|made\s+it\s+to|"
    rf"виїзд\w*|виїжджа\w*|з\s+росі\w*|з\s+рф|до\s+{FOREIGN_UK}|\bexit\w*|departure"
)
ENTRY = re.compile(
    r"въезд\w*\s+в\s+(?:росси\w*|рф)|(?:обратно|назад)\s+в\s+(?:росси\w*|рф)|в\s+сторону\s+(?:росси\w*|рф)|"
    rf"из\s+{FOREIGN}\s+в\s+(?:росси|рф)|в\s+россию|в\s+рф\b|"
    r"into\s+russia|back\s+(?:to|into)\s+russia|entering\s+russia|return\w*\s+to\s+russia|"
    r"в'їзд\w*\s+(?:в|до)\s+(?:рф|росі)|до\s+росі\w*|назад\s+в\s+рф"
)
ENTRY_BARE = re.compile(r"\b(?:въезд\w*|в'їзд\w*|entry)\b")

BORDER_CONTEXT = re.compile(
    r"границ|кпп|мапп|погран|таможн|пропуск|пропуст(?:ил|ят|ит\b|ять)|выезд|въезд|border|checkpoint|crossing|кордон|"
    r"черг|черз|хвост|шлагбаум|пункт\s+пропуск|фсб|fsb|пограничник|прикордон|виїзд|в'їзд|"
    r"passport\s+control|паспортн\w+\s+контрол"
)
# Wider: what makes an ambiguous name ("Ларс") a crossing in a question or rumour.
BROAD_CONTEXT = re.compile(
    BORDER_CONTEXT.pattern
    + r"|очеред|стоять|стоим|стоят|стоял|пуска|выпуска|закро|закры|откро|такси|трансфер|ехать|"
    r"едем|добраться|queue|line|wait|shut|close|open|стоїмо|стояти|пускають|пішки|пешком|"
    r"двигает|прошли|пройти|проход|cross|walk|велосипед|самокат|машин|военкомат|повест|повіст|"
    r"військкомат|автобус|волонт|черз|черга|очікуван|ожидан|\bside\b|сторон|боці|\bбік|\bthrough\b|\bчерез\b|"
    r"\bdrove\b|on\s+foot|bridge|мост|проїхал|пройшл|проехал|прошл|crossed|перетнул|стояли|стоял"
)
STATUS = re.compile(
    r"пропуска\w*|пуска\w*|пропустил\w*|пропуст\w*|закрыл\w*|закрыт\w*|открыл\w*|пусто|поехали|"
    r"двигает\w*|движется|стоит\s+намертво|забит\w*|нет\s+очеред\w*|без\s+очеред\w*|очеред\w*\s+нет|"
    r"штатно|в\s+обычном\s+режиме|тихо|розвертають|не\s+пуска\w*|тянется|растянул\w*|тягнеться|"
    r"stretch\w*|"
    r"no\s+queue|no\s+line|let\s+through|letting|waved|closed|open|quiet|moving|"
    r"пускають|немає\s+черги|без\s+черги|черг\w*\s+немає|закрит\w*|відкрит\w*|пропускають"
)
AIRPORT_CONTEXT = re.compile(r"аэропорт|рейс|вылет|самол[её]т|airport|flight|аеропорт|літак|паспортн")
HISTORIC = re.compile(r"\b(?:19\d\d|20(?:0\d|1\d|21))\b(?!\s*(?:машин|авто|cars|vehicles|шт|человек|people|в\s+(?:сутки|час|день)|"
    r"за\s+(?:сутки|час|день)|per|a\s+day|an\s+hour|/|км|km))|\b1\d(?:th|st|nd|rd)\s+cent|\bxix\b|\bxviii\b|столітт|в\s+марте|в\s+прошлом\s+году|last\s+year|вспоминаем|"
    r"(?:лет|года|год|років|роки|рік|years?)\s+(?:назад|тому|ago)")
DENIAL = re.compile(
    r"debunk\w*|ложью|\bложь\b|опроверг\w*|не\s+подтверд\w*|не\s+принимал\w*|не\s+принят\w*|не\s+соответству\w*|"
    r"no\s+decision|not\s+true|not\s+aware|неправда|не\s+ухвал\w*|не\s+відповіда\w*|фейк|fake|denied|den(?:y|ies)|спростува\w*|"
    r"не\s+підтверд\w*"
)
FOREIGN_COUNTRY = re.compile(rf"{FOREIGN}|{FOREIGN_EN}|{FOREIGN_UK}|\bthe\s+country")
PASSED = re.compile(
    r"пропусти\w*|пропуска\w*|въехал\w*|въезжа\w*|пересекл\w*|crossed|entered|entering|arriv\w*|в'їхал\w*|"
    r"в'їжджа\w*|перетнул\w*|прибыл\w*|прибува\w*|покинул\w*|left\s+(?:russia|the\s+country)"
)
# Said to be unconfirmed: a rumour, when it tells what is to come.
UNCONFIRMED = re.compile(
    r"за\s+чутками|по\s+слухам|ходят\s+слухи|неперевірен\w*|непроверенн\w*|unconfirmed|unverified|"
    r"hearing\s+that|i\s+hear\b|some\s+channels\s+claim|someone\s+says|передают,?\s+что|говорят,?\s+что|"
    r"кажуть,?\s+що|пишут,?\s+что|govoryat|rumou?rs?\b"
)
# Advice and rules, said of anyone it may happen to: "если вас задержали — ничего не подписывайте".
ADVICE = re.compile(r"^\W*(?:если|якщо|if\s+you|напоминаю|нагадую|памятка|free\s+legal|правила\s+чата)\b")
TRANSLIT_FUTURE = re.compile(r"\b(?:zavtra|budut|skoro|poslezavtra)\b")
# A map or a list of events, not an event: "карта протестов обновляется", "our map of protests".
EVENTS_MAP = re.compile(r"(?:map|карт\w+|мап\w+)\s+(?:of\s+)?(?:the\s+)?(?:протест|protest|задержан|облав|raid|повест)")
# An incident that has happened: its verb in the past.
PAST_EVENT = re.compile(
    r"\b(?:вручили|вручил|вручила|вручено|вручены|раздали|задержал\w*|задержан\w*|получил[аи]?|забрали|увезли|"
    r"отримал\w*|затримал\w*|затриман\w*|вручили|роздали|detained|arrested|handed|were\s+served|received)\b"
)
FLIGHT = re.compile(r"\bрейс\w*|flight|вылет\w*\s+с\s+задержк")
# One search says whether any of a table's patterns can match (most messages have none).
CHECKS_ANY = re.compile("|".join(f"(?:{p.pattern})" for _, p in CHECKS))
MODES_ANY = re.compile("|".join(f"(?:{p.pattern})" for _, p in MODES))
# What a future claim can be about besides policy: who is let through.
FUTURE_TOPIC = re.compile(
    POLICY.pattern + r"|enlistment|notice|в'їзд|квит|letting|stop|лов|хвата|catch|grab|пуска|пропуска|пешеход|allow|let\s|пускати|пропускати|военник|военн|разворач|"
    r"розверт|смотреть|проверять|вручать|вручати|телефон|check|turn"
)
# "10 км это правда?": asking whether a number is true is a question, not a report.
VERIFY = re.compile(r"\bправда\b|\btrue\b|\breally\b|чи\s+правда|это\s+так|\bфейк|или\s+нет|чи\s+ні|or\s+not|\bреально\b(?!\s+(?:ли\s+)?(?:пройти|проехать|успеть|доехать|выехать|пересечь))")
EXPLAINER = re.compile(
    r"объясняет|explains|пояснює|what\s+does|що\s+означає|что\s+значит|что\s+такое|анекдот|\bмем(?:ы|ов|а|ом|чик\w*|ас\w*)?\b|что\s+делать|объясняем|explainer|инструкци|памятк|what\s+to\s+do|що\s+робити|пояснюємо|"
    r"what\s+is\s+the"
)
# Stems that any match of a table must contain: one Aho-Corasick pass over a message says
# which tables are worth running (most chatter needs none of them).
HINTS: dict[str, tuple[str, ...]] = {
    # Everything POLICY and FUTURE_TOPIC can match contains one of these.
    "topic": (
        "границ", "выезд", "выпуск", "виз", "закро", "закры", "запрет", "положени", "мобилиз", "волн",
        "повест", "военкомат", "уклонист", "ухилянт", "референдум", "въезд", "огранич", "restrict",
        "обмеж", "выдвор", "забер", "мобіліз", "билет", "зарубеж", "загранпаспорт", "изыма", "депорт",
        "забира", "списк", "облав", "border", "visa", "ban", "exit", "draft", "martial", "leave", "shut",
        "clos", "deport", "permit", "wave", "mobili", "кордон", "виїзд", "випуск", "віз", "закри",
        "повіст", "військов", "enlistment", "notice", "в'їзд", "квит", "letting", "stop", "лов", "хвата",
        "catch", "grab", "leav", "barred", "загран", "сним", "указ", "decree", "секретн", "secret", "видават", "выдават", "extradit", "дезертир", "пуска", "пропуска", "пешеход", "allow", "let", "военн", "разворач",
        "розверт", "смотреть", "проверять", "вручать", "вручати", "телефон", "check", "turn",
    ),
    # Everything REQUEST can match contains one of these.
    "request": (
        "напиш", "поделит", "поділ", "please share", "grateful", "update", "в курсі", "в курсе", "can you",
        "can i ", "can we", "can one", "does anyone", "anyone know", "підкаж", "подскаж", "хтось знає",
        "кто знает", "let me know", "tell us", "отпиш", "скажите", "ли",
    ),
    # Everything HISTORIC, EXPLAINER and SCHEDULE can match contains one of these.
    "aside": (
        "19", "20", "th cent", "st cent", "nd cent", "rd cent", "xix", "xviii", "столітт", "марте",
        "прошлом году", "last year", "вспоминаем", "назад", "тому", "ago", "what does", "що означає", "что значит",
        "что такое", "анекдот", "мем", "что делать", "объясняем", "explainer", "инструкци", "памятк",
        "what to do", "що робити", "пояснюємо", "what is the", "работа", "круглосуточн", "24/7",
        "цілодобов", "opening hours", "open 24", "години роботи", "часы работы", "працює з",
    ),
    "incident": (
        "повест", "повіст", "задерж", "облав", "рейд", "протест", "митинг", "пикет", "автозак", "винт",
        "вяжут", "повязал", "detain", "arrest", "raid", "protest", "rall", "notice", "summons",
        "call-up", "затрима", "мітинг", "вруч", "разда", "забрали", "мобилизовали", "останавлива",
        "развоз", "квартирам", "ловят", "ловлять", "хапають", "хватают", "took him", "took them",
        "pulled", "нет войне", "no to war", "скандир", "протестующ", "вручали", "стуч", "по домам",
        "вышли к", "вышли на", "остановили", "тормозят", "останавливают", "проверяют документ", "повезли", "увезли", "gathered", "demanding", "требуя", "требовал", "вимага", "протестн", "зібрал", "собрал",
        "против мобилизац", "проти мобілізац", "against mobili", "criminal case", "уголовн", "кримінальн",
    ),
    # Duration stems count only at the start of a word (or after a digit): "сейчас" holds no hour.
    "duration": (
        "час", "сут", "доб", "дн", "ден", "годин", "год", "hour", "hr", "day", "week", "недел", "тижн", "мин",
        "min", "хв", "обед", "обід", "полудн", "noon", "lunch", ":", "діб", "полчас", "полсут", "полдн", "півгод",
        "півдоб", "півдн", "half",
    ),
    "km": ("км", "km", "кілометр", "километр", "kilomet", "метр", "metre", "meter"),
    "vehicles": (
        "машин", "авто", "автомобил", "автомобіл", "автівок", "тачек", "тачки", "фур", "грузовик",
        "легков", "car", "vehicle", "truck", "lorr", "вантажів", "транспортн", "bus", " тс", "маш.",
        "ед. транспорт", "единиц",
    ),
    "people": (
        "человек", "чел", "людей", "people", "person", "pedestrian", "пешеход", "осіб", "особ",
        "чоловік", "душ",
    ),
    "checks": (
        "расспраш", "допрос", "допрашива", "опрашива", "опрос", "бесед", "вопрос", "спрашива", "спросил",
        "отвод", "комнату", "анкет", "интервью", "question", "interrog", "asked", "asking", "fsb",
        "aside", "допит", "розпит", "опитув", "співбесід", "питали", "питають", "телефон", "смартфон",
        "мобил", "переписк", "телег", "галере", "соцсет", "phone", "telegram", "chats", "военн",
        "воен", "категори", "служил", "служб", "армии", "military", "served", "reserve", "category",
        "військов", "служив", "категорі", "документ", "паспорт", "баз", "пробива", "document",
        "passport", "database", "военкомат", "мобилизац", "призывн", "enlistment", "recruitment",
        "voenkomat", "військкомат", "мобілізац", "повест", "повіст", "draft", "summons",
    ),
    "modes": (
        "пешком", "пешеход", "пешки", "foot", "walk", "pedestrian", "пішки", "пішохід", "пішоход",
        "велосипед", "велик", "велах", "bicycle", "bike", "cycl", "ровер", "самокат", "scooter",
        "мотоцикл", "байк", "мопед", "motorcycl", "motorbike", "мото", "автобус", "bus",
        "маршрутк", "фур", "грузовик", "дальнобо", "truck", "lorr", "вантажівк", "машин", "авто",
        "тачк", "легков", "car", "автівц", "автомобіл", "автомобил",
    ),
}
# A request for information is a question even without a question mark.
REQUEST = re.compile(
    r"напишите|напишіть|поделитесь|поділіться|please\s+share|would\s+be\s+grateful|any\s+updates?|"
    r"хто\s+в\s+курсі|кто\s+в\s+курсе|\bcan\s+(?:you|i|we|one)\s|does\s+anyone|anyone\s+know|"
    r"підкажіть|подскажите|хтось\s+знає|кто\s+знает|let\s+me\s+know|tell\s+us|отпишитесь|отпишись|"
    r"скажите|\bли\s+\w+\s*$"
)
# "кто на 3 км, есть вода?": a number inside a question to others is not a report.
ASKS_WHO = re.compile(r"(?:\bкто|есть\s+кто|\bхто|anyone)\s+(?:\w+\s+)?(?:на|at)\s+\d")
# Opening hours are a schedule, not an observation.
SCHEDULE = re.compile(
    r"работа\w*\s+с\s+\d|круглосуточн|24/7|цілодобов|opening\s+hours|open\s+24|години\s+роботи|"
    r"часы\s+работы|працює\s+з\s+\d|open\s+from\s+\d|opens?\s+at\s+\d|открыва\w*\s+(?:в|с)\s+\d|"
    r"с\s+\d+\s+открывается"
)
# Asking alone ("спрашивали про военник") is the military-ID check, not questioning.
WEAK_QUESTIONING = re.compile(r"^(?:спрашива\w*|спросил\w*|asked|asking|питали|питають)")
NO_QUEUE = re.compile(
    r"нет\s+очеред\w*|очеред\w*\s+нет|без\s+очеред\w*|немає\s+черг\w*|черг\w*\s+немає|без\s+черг\w*|"
    r"no\s+(?:queue|line)|empty"
)
# "пройшли за 3 год": a crossing done in a time is a border fact wherever it is said.
PASSED_IN = re.compile(
    r"\bпростоял\w*|\bпростояв\w*|(?:перешел|перешли|перешла|перейшли|прошли|пройшли|проехали|проїхали|пересекли|перетнули|crossed|made\s+it)\s+(?:\w+\s+){0,2}(?:за|in)\s+"
)
THANKS = re.compile(r"^\W*(?:спасибо|благодар\w*|thank|thanks|дякую|дякуємо)")
CITY_PLACE = re.compile(r"по\s+(?:домам|квартирам)|в\s+самом\s+городе|метро|общаг|общежит|хостел|hostel|гуртож|проходн|в\s+офис")

# The long alternations run only on texts that contain one of their literal words (same results,
# several times faster on the messages that cannot match; see prefilter.py).
FUTURE = prefiltered(FUTURE)
EXIT = prefiltered(EXIT)
ENTRY = prefiltered(ENTRY)
HEARSAY = prefiltered(HEARSAY)
ONGOING = prefiltered(ONGOING)
DONE = prefiltered(DONE)
REQUEST = prefiltered(REQUEST)
TURNED_BACK = prefiltered(TURNED_BACK)
FUTURE_TOPIC = prefiltered(FUTURE_TOPIC)
POLICY = prefiltered(POLICY)
CHECKS_ANY = prefiltered(CHECKS_ANY)
MODES_ANY = prefiltered(MODES_ANY)
INCIDENT = prefiltered(INCIDENT)
CROWD = Prefiltered(CROWD, {
    "плакат", "placard", "banner", "blank", "чисты", "пикет", "акци", "собира", "собрал", "зібрал", "gather",
    "администрац", "адміністрац", "мэри", "opera", "оперн", "театр", "памятник", "monument", "square", "площад",
    "кинотеатр", "city hall", "town hall", "здани", "surround", "окружил", "оцепил", "стреля", "оточил", "fired",
    "firing", "cordon", "молча", "silently", "silence", "десятки", "сотни", "сотні", "тысячи", "тисячі", "dozens",
    "hundreds", "thousands", "several hundred", "людей", "человек", "people", "rall", "вышли",
    "перекры", "кричат", "кричать", "собираются", "осуохай", "от ",
})
PASSED_IN = prefiltered(PASSED_IN)
UNCONFIRMED = prefiltered(UNCONFIRMED)
EVENTS_MAP = prefiltered(EVENTS_MAP)
CROWD_SIZE = prefiltered(CROWD_SIZE)
DENIAL = prefiltered(DENIAL)
AD = prefiltered(AD)
BORDER_CONTEXT = prefiltered(BORDER_CONTEXT)
BROAD_CONTEXT = prefiltered(BROAD_CONTEXT)
ENTRY_BARE = prefiltered(ENTRY_BARE)
STATUS = prefiltered(STATUS)
AIRPORT_CONTEXT = prefiltered(AIRPORT_CONTEXT)
FOREIGN_COUNTRY = prefiltered(FOREIGN_COUNTRY)
PASSED = prefiltered(PASSED)
EXPLAINER = prefiltered(EXPLAINER)
SCHEDULE = prefiltered(SCHEDULE)
NO_QUEUE = prefiltered(NO_QUEUE)
HISTORIC = prefiltered(HISTORIC)
