package org.pashm.app.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a record holds beyond its columns, stored as JSON ({@code work_record.details}): the results its kind's fields
 * name, in the kind's order, and who took part.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordDetails(Map<String, Object> results, List<RecordRequest.Participant> participants) {

    static final RecordDetails NONE = new RecordDetails(null, null);
}
