package lab.minimax.experiment;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant with the lower-case name used in JSON, URLs and the UI. */
public interface Named {
    String id();

    /** The constant whose {@link #id()} is {@code id}, if any. */
    static <E extends Enum<E> & Named> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The allowed ids joined with "|", for messages. */
    static <E extends Enum<E> & Named> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::id).collect(Collectors.joining("|"));
    }
}
