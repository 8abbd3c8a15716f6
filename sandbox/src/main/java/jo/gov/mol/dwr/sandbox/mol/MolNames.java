package jo.gov.mol.dwr.sandbox.mol;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Names as the MoL system holds them: a worker's name in Latin capitals as in the passport and an Arabic
 * transliteration typed by a clerk; employers' and offices' names. A small table per nationality is enough for a
 * believable stream; the names are common ones, not real people. The border simulator draws its other travellers
 * from the same tables, and their passport numbers in the same shapes.
 */
public final class MolNames {
    /** A name in both scripts. */
    public record Name(String en, String ar) {
        public Name then(Name next) {
            return new Name(en + " " + next.en, ar + " " + next.ar);
        }
    }

    private record Table(List<Name> women, List<Name> men, List<Name> surnames) {
    }

    private static Name n(String en, String ar) {
        return new Name(en, ar);
    }

    private static final Map<String, Table> BY_NATIONALITY = Map.of(
            "PHL", new Table(
                    List.of(n("MARIA", "ماريا"), n("ANA", "آنا"), n("JOCELYN", "جوسلين"), n("ROWENA", "روينا"),
                            n("MARILYN", "مارلين"), n("CRISTINA", "كريستينا"), n("GRACE", "غريس"), n("CLARA", "كلارا"),
                            n("LIZA", "ليزا"), n("JOY", "جوي")),
                    List.of(n("JOSE", "خوسيه"), n("MARK", "مارك"), n("RONALDO", "رونالدو")),
                    List.of(n("SANTOS", "سانتوس"), n("REYES", "رييس"), n("DELA CRUZ", "ديلا كروز"), n("BAUTISTA", "باوتيستا"),
                            n("GARCIA", "غارسيا"), n("MENDOZA", "ميندوزا"), n("RAMOS", "راموس"), n("AQUINO", "أكينو"))),
            "LKA", new Table(
                    List.of(n("KUMARI", "كوماري"), n("NILANTHI", "نيلانثي"), n("SANDYA", "سانديا"), n("CHAMARI", "شاماري"),
                            n("DILRUKSHI", "دلروكشي"), n("MALANI", "ملاني"), n("ANOMA", "أنوما")),
                    List.of(n("SUNIL", "سونيل"), n("NIMAL", "نيمال"), n("KASUN", "كاسون")),
                    List.of(n("PERERA", "بيريرا"), n("FERNANDO", "فرناندو"), n("SILVA", "سيلفا"), n("JAYASINGHE", "جاياسينغي"),
                            n("WICKRAMASINGHE", "ويكراماسينغي"), n("HERATH", "هيرات"), n("DISSANAYAKE", "ديساناياكي"))),
            "IDN", new Table(
                    List.of(n("SITI", "سيتي"), n("SRI", "سري"), n("DEWI", "ديوي"), n("NURHAYATI", "نورحياتي"),
                            n("WATI", "واتي"), n("YULIANA", "يوليانا")),
                    List.of(n("AGUS", "أغوس"), n("BUDI", "بودي"), n("SLAMET", "سلامت")),
                    List.of(n("RAHAYU", "رحايو"), n("LESTARI", "ليستاري"), n("WULANDARI", "ولنداري"), n("SUSANTI", "سوسانتي"),
                            n("HANDAYANI", "هاندياني"), n("PRATAMA", "براتاما"))),
            "KEN", new Table(
                    List.of(n("WANJIRU", "وانجيرو"), n("ACHIENG", "أتشينغ"), n("MERCY", "ميرسي"), n("FAITH", "فيث"),
                            n("NJERI", "نجيري"), n("AKINYI", "أكيني")),
                    List.of(n("KAMAU", "كاماو"), n("OTIENO", "أوتينو"), n("KIPCHOGE", "كيبتشوغي")),
                    List.of(n("OTIENO", "أوتينو"), n("MWANGI", "موانغي"), n("KAMAU", "كاماو"), n("WAMBUI", "وامبوي"),
                            n("ONYANGO", "أونيانغو"), n("CHEBET", "شيبيت"))),
            "UGA", new Table(
                    List.of(n("NAKATO", "ناكاتو"), n("NAMUKASA", "ناموكاسا"), n("AISHA", "عائشة"), n("BABIRYE", "بابيريه"),
                            n("PROSSY", "بروسي"), n("HARRIET", "هارييت")),
                    List.of(n("MUSOKE", "موسوكي"), n("SSEMAKULA", "سيماكولا"), n("OKELLO", "أوكيلو")),
                    List.of(n("NAMUBIRU", "نامبيرو"), n("NABUKENYA", "نابوكينيا"), n("KYOMUHENDO", "كيوموهيندو"),
                            n("ATIM", "أتيم"), n("AKELLO", "أكيلو"), n("NALUBEGA", "نالوبيغا"))),
            "ETH", new Table(
                    List.of(n("TIGIST", "تيغيست"), n("HIRUT", "هيروت"), n("MERON", "ميرون"), n("SELAM", "سلام"),
                            n("ALMAZ", "ألماز"), n("MEKDES", "مكديس")),
                    List.of(n("DAWIT", "داويت"), n("BEREKET", "بركت"), n("ABEBE", "أبيبي")),
                    List.of(n("TESFAYE", "تسفاي"), n("GIRMA", "غيرما"), n("BEKELE", "بيكيلي"), n("HAILE", "هايلي"),
                            n("ALEMU", "أليمو"), n("WOLDE", "ولدي"))),
            "BGD", new Table(
                    List.of(n("FATEMA", "فاطمة"), n("NASRIN", "نسرين"), n("SHAHIDA", "شاهدة"), n("RUMA", "روما"),
                            n("MORIOM", "مريم"), n("SHIRIN", "شيرين")),
                    List.of(n("MOHAMMAD", "محمد"), n("RAHIM", "رحيم"), n("KARIM", "كريم")),
                    List.of(n("AKTER", "أختر"), n("BEGUM", "بيغوم"), n("KHATUN", "خاتون"), n("ISLAM", "إسلام"),
                            n("HOSSAIN", "حسين"), n("RAHMAN", "رحمن"))),
            "NPL", new Table(
                    List.of(n("SITA", "سيتا"), n("GITA", "غيتا"), n("SARITA", "ساريتا"), n("KAMALA", "كامالا"),
                            n("MAYA", "مايا"), n("BISHNU", "بيشنو")),
                    List.of(n("RAM", "رام"), n("HARI", "هاري"), n("BIKASH", "بيكاش")),
                    List.of(n("TAMANG", "تامانغ"), n("GURUNG", "غورونغ"), n("RAI", "راي"), n("SHRESTHA", "شريستا"),
                            n("MAGAR", "ماغار"), n("THAPA", "ثابا"))),
            "GHA", new Table(
                    List.of(n("AKOSUA", "أكوسوا"), n("ABENA", "أبينا"), n("AMA", "آما"), n("AFIA", "عفية"),
                            n("ADWOA", "أدوا"), n("EFUA", "إيفوا")),
                    List.of(n("KWAME", "كوامي"), n("KOFI", "كوفي"), n("YAW", "ياو")),
                    List.of(n("MENSAH", "منصاه"), n("OWUSU", "أووسو"), n("BOATENG", "بواتينغ"), n("ASANTE", "أسانتي"),
                            n("OSEI", "أوسي"), n("ADJEI", "أدجي"))));

    /**
     * Family names that run long, as each country writes them: a Sinhalese family name with its house name
     * (MUDIYANSELAGE), a Filipino one with its particles, an Ethiopian father's and grandfather's names, a Ghanaian
     * double name; with two or three given names they no longer fit a passport's machine readable zone.
     */
    private static final Map<String, List<Name>> LONG_FAMILY_NAMES = Map.of(
            "PHL", List.of(n("DE LOS SANTOS", "دي لوس سانتوس"), n("DEL ROSARIO", "ديل روساريو"), n("DE GUZMAN", "دي غوزمان")),
            "LKA", List.of(n("HERATH MUDIYANSELAGE", "هيرات موديانسيلاغي"),
                    n("WICKRAMASINGHE ARACHCHIGE", "ويكراماسينغي أراتشيغي"),
                    n("PATHIRANA KANKANAMGE", "باثيرانا كانكانامغي")),
            "IDN", List.of(n("SRI RAHAYU", "سري رحايو"), n("PUSPITA SARI", "بوسبيتا ساري"), n("DWI LESTARI", "دوي ليستاري")),
            "KEN", List.of(n("NJOROGE KAMAU", "نجوروغي كاماو"), n("ONYANGO OTIENO", "أونيانغو أوتينو"),
                    n("CHEPKOECH KIPROTICH", "شيبكويتش كيبروتيتش")),
            "UGA", List.of(n("NAMUBIRU KYOMUHENDO", "نامبيرو كيوموهيندو"), n("NABUKENYA NALUBEGA", "نابوكينيا نالوبيغا")),
            "ETH", List.of(n("GEBREMEDHIN WOLDEMICHAEL", "غبرمدهين ولدميكائيل"),
                    n("HAILEMARIAM GEBREEGZIABHER", "هايلماريام غبرإغزيابهير"), n("TESFAYE GEBRESELASSIE", "تسفاي غبرسلاسي")),
            "BGD", List.of(n("BEGUM CHOWDHURY", "بيغوم شودري"), n("AKTER TALUKDER", "أختر تالوكدار"), n("KHATUN MOLLAH", "خاتون مولا")),
            "NPL", List.of(n("SHRESTHA PRADHAN", "شريستا برادهان"), n("TAMANG LAMA", "تامانغ لاما"), n("BISHWOKARMA", "بيشووكارما")),
            "GHA", List.of(n("OWUSU-ANSAH", "أووسو أنسا"), n("BOATENG-MENSAH", "بواتينغ منصاه"), n("OSEI-BONSU", "أوسي بونسو")));

    /** Passport number shapes per issuing state: a prefix of letters, then digits. */
    private static final Map<String, String> PASSPORT_PREFIX = Map.of(
            "PHL", "P", "LKA", "N", "IDN", "C", "KEN", "AK", "UGA", "B", "ETH", "EP", "BGD", "BX", "NPL", "PA", "GHA", "G");

    private static final List<String> EMPLOYER_GIVEN = List.of("KHALED", "AHMAD", "MOHAMMAD", "OMAR", "RANA", "LINA",
            "SAMER", "HANI", "FADI", "DINA", "ZAID", "YOUSEF", "NOUR", "HIBA", "TAREQ", "SUHA");
    private static final List<String> EMPLOYER_FAMILY = List.of("AL-MASRI", "HADDAD", "AL-KHATIB", "NASSER", "AL-ZOUBI",
            "OBEIDAT", "AL-RAWASHDEH", "HIJAZI", "AL-TARAWNEH", "MAJALI", "QUDAH", "SHAMI", "AL-FAYEZ", "BATAINEH");

    private static final List<Name> OFFICE_WORDS = List.of(n("AL-NOOR", "النور"), n("AL-AMAL", "الأمل"),
            n("AL-BARAKA", "البركة"), n("AL-FAJR", "الفجر"), n("AL-RAYAN", "الريان"), n("AL-WAFA", "الوفاء"),
            n("AL-SAFA", "الصفا"), n("AL-HAYAT", "الحياة"), n("PETRA", "البتراء"), n("AL-YASMEEN", "الياسمين"),
            n("AL-MANARA", "المنارة"), n("AL-SHAMS", "الشمس"), n("AL-AMEEN", "الأمين"), n("AL-RAHMA", "الرحمة"),
            n("AL-BADIA", "البادية"), n("WADI RUM", "وادي رم"));

    private MolNames() {
    }

    /**
     * A person's name in its two parts, as a passport keeps them apart.
     *
     * @param given   one or two given names
     * @param surname the family name, which may have two words (DELA CRUZ)
     */
    public record PersonName(Name given, Name surname) {
        /** Given names first, as MoL types the whole name. */
        public Name full() {
            return given.then(surname);
        }
    }

    /** The nationalities with a name table: those of interfaces.md section 5. */
    public static List<String> nationalities() {
        return BY_NATIONALITY.keySet().stream().sorted().toList();
    }

    public static PersonName person(Random random, String nationality, boolean woman) {
        List<Name> given = givenNames(nationality, woman);
        Name first = pick(random, given);
        Name name = first;
        if (random.nextInt(100) < 40) {
            Name second = pick(random, given);
            if (!second.equals(first)) {
                name = name.then(second);
            }
        }
        return new PersonName(name, pick(random, familyNames(nationality)));
    }

    /** The nationality's given names, of women or of men. */
    public static List<Name> givenNames(String nationality, boolean woman) {
        Table table = BY_NATIONALITY.get(nationality);
        return woman ? table.women() : table.men();
    }

    /** The nationality's usual family names. */
    public static List<Name> familyNames(String nationality) {
        return BY_NATIONALITY.get(nationality).surnames();
    }

    /** The nationality's family names that run long. */
    public static List<Name> longFamilyNames(String nationality) {
        return LONG_FAMILY_NAMES.get(nationality);
    }

    /** A passport number in the issuing state's shape: nine characters, a prefix of letters, then digits. */
    public static String passportNo(Random random, String nationality) {
        String prefix = PASSPORT_PREFIX.get(nationality);
        int digits = 8 - prefix.length() + 1;
        String number = prefix + String.format("%0" + digits + "d", (long) (random.nextDouble() * Math.pow(10, digits)));
        // Philippine passports end in a letter (P1234567A)
        return "PHL".equals(nationality) ? number.substring(0, 8) + (char) ('A' + random.nextInt(26)) : number;
    }

    public static String employer(Random random) {
        return pick(random, EMPLOYER_GIVEN) + " " + pick(random, EMPLOYER_FAMILY);
    }

    /** The i-th office name: every word with each of three trade names, so 48 offices differ. */
    public static Name office(int i) {
        Name word = OFFICE_WORDS.get(i % OFFICE_WORDS.size());
        return switch ((i / OFFICE_WORDS.size()) % 3) {
            case 0 -> n(word.en() + " RECRUITMENT", "مكتب " + word.ar() + " للاستقدام");
            case 1 -> n(word.en() + " MANPOWER SERVICES", word.ar() + " لخدمات العمالة");
            default -> n(word.en() + " DOMESTIC WORKERS RECRUITMENT", word.ar() + " لاستقدام العاملين في المنازل");
        };
    }

    public static int officeNames() {
        return OFFICE_WORDS.size() * 3;
    }

    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
