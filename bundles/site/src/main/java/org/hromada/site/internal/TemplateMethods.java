package org.hromada.site.internal;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/** The functions every template gets: {@code msg(key, args...)} and {@code asset(name)}. */
final class TemplateMethods {

    private TemplateMethods() {
    }

    /** {@code ${msg("site.skip")}}, {@code ${msg("example.count", total)}}: a text in the page's language. */
    static TemplateMethodModelEx msg(Messages messages, String language) {
        return arguments -> {
            String key = firstString("msg", arguments);
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            }
            return messages.get(language, key, values);
        };
    }

    /** {@code ${asset("css/site.css")}}: the fingerprinted URL of a static file of the theme. */
    static TemplateMethodModelEx asset(StaticAssets assets) {
        return arguments -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("asset(name) takes one argument");
            }
            try {
                return assets.url(firstString("asset", arguments));
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
        };
    }

    private static String firstString(String function, List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException(function + "(...) needs a string as its first argument");
        }
        return scalar.getAsString();
    }
}
