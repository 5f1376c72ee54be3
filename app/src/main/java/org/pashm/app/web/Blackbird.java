package org.pashm.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Registers Jackson's Blackbird module on the application's mapper: it reads record components through generated
 * lambdas instead of reflective calls. A report holds hundreds of findings and is written on every submission;
 * reflection was a tenth of the time spent writing it (bench/README.md, load benchmark).
 */
@Singleton
public class Blackbird implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
