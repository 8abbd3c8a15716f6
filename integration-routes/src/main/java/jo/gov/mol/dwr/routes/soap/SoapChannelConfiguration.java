package jo.gov.mol.dwr.routes.soap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import org.springframework.beans.factory.annotation.Value;

import jo.gov.mol.dwr.routes.refusal.Refusals;
import jo.gov.mol.dwr.routes.security.Channel;
import jo.gov.mol.dwr.routes.security.ChannelRefusal;

/** The size limit on every inbound HTTP channel; it runs after security, so an unknown caller hears 401 first. */
@Configuration(proxyBeanMethods = false)
class SoapChannelConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(@Value("${hub.max-body-size:1MB}") DataSize maxBody,
                                                            Refusals refusals) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(maxBody.toBytes(), new ChannelRefusal(refusals)));
        registration.setUrlPatterns(Channel.ALL.stream().map(Channel::path).toList());
        registration.setName("hubBodyLimit");
        return registration;
    }
}
