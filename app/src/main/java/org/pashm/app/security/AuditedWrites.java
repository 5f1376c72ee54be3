package org.pashm.app.security;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

/**
 * Records a write request's audit event inside the transaction of the {@code @Transactional} service method that
 * writes, before it commits ({@link AuditTrail}). Bound to {@code @Transactional} as the services declare it
 * (REQUIRED), and ordered after Narayana's own interceptor (at {@code PLATFORM_BEFORE + 200}), so that it runs
 * inside the transaction that interceptor begins.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditedWrites {

    @Inject
    AuditTrail trail;

    @AroundInvoke
    Object recordInTheWritesTransaction(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        // A scheduled job or start-up work runs without a request: nobody asked, there is nothing to audit.
        if (Arc.container().requestContext().isActive()) {
            trail.inThisTransaction();
        }
        return result;
    }
}
