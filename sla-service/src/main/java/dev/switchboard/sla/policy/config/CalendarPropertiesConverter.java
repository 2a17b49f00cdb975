package dev.switchboard.sla.policy.config;

import dev.switchboard.sla.calendar.CalendarSpec;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets application.yml say {@code calendar: 24x7} as the API does, besides the business-hours object. */
@Component
@ConfigurationPropertiesBinding
class CalendarPropertiesConverter implements Converter<String, PolicyProperties.Calendar> {

    @Override
    public PolicyProperties.Calendar convert(String source) {
        if (!CalendarSpec.ALWAYS_OPEN_NAME.equalsIgnoreCase(source.trim())) {
            throw new IllegalArgumentException(
                    "calendar must be \"" + CalendarSpec.ALWAYS_OPEN_NAME + "\" or an object with zone and hours");
        }
        return PolicyProperties.Calendar.ALWAYS_OPEN;
    }
}
