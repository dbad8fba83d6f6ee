package vn.onedoor.device;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a screen that a device of the given types opens with its token ({@code ?device=<token>}).
 * Signed-in staff may open it too, to preview it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DeviceView {
    DeviceType[] value();
}
