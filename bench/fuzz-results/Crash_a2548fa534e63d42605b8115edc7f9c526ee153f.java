import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_a2548fa534e63d42605b8115edc7f9c526ee153f {
    static final String base64Bytes = String.join("", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAADdwQAAAADdAAhwIDAgMCAHXMNCndvcmQtc3MNCndvcmQtMzTAgAF0YWkzdAAAdAAAeA==");

    public static void main(String[] args) throws Throwable {
        Crash_a2548fa534e63d42605b8115edc7f9c526ee153f.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = eu.rampart.fuzz.MaskerFuzzTest.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = eu.rampart.fuzz.MaskerFuzzTest.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        com.code_intelligence.jazzer.api.CannedFuzzedDataProvider input = new com.code_intelligence.jazzer.api.CannedFuzzedDataProvider(base64Bytes);
        eu.rampart.fuzz.MaskerFuzzTest.fuzzerTestOneInput(input);
    }
}