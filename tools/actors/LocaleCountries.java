import java.util.Locale;

/** Prints one line per ISO 3166 country the JDK knows: alpha-2, alpha-3, English name (tab-separated). */
public final class LocaleCountries {
    public static void main(String[] args) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            System.out.println(alpha2 + "\t" + locale.getISO3Country() + "\t" + locale.getDisplayCountry(Locale.ENGLISH));
        }
    }
}
