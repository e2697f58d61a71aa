"""The interop cases against the running telehealth services. Each takes the peer (targets,
callers, message classes) and raises a CaseFailure saying what it expected and what it saw."""

import time
import uuid

import grpc

from calls import (
    CALL_TIMEOUT_S,
    CaseFailure,
    Code,
    bearer,
    call_unary,
    describe,
    describe_status,
    expect,
    expect_headers,
    expect_status,
    next_or_none,
    unary_ok,
)
from descriptors import Stub, enum_type, message_class, pool_of
from reflection import Reflection, descriptors_for, file_descriptors

AUDIT_SERVICE = "telehealth.audit.v1.AuditTrail"
HEALTH_SERVICE = "grpc.health.v1.Health"
# Readiness is published every few seconds; the services were healthy over HTTP before the run.
HEALTH_WAIT_S = 30.0
# From a prescription to the patient's notification: outbox, broker, inbox, then the stream.
NOTIFICATION_WAIT_S = 45.0
# A cursor past anything the run creates: a stream after it stays quiet.
QUIET_CURSOR = 2**40
SHORT_DEADLINE_S = 0.5


def new_id():
    return str(uuid.uuid4())


def health_serving(p):
    h = p.m.health
    serving = h.ServingStatus.Value("SERVING")
    for t in p.targets:
        updates = t.health.Watch(h.HealthCheckRequest(service=""), timeout=HEALTH_WAIT_S)
        seen = []
        try:
            for update in updates:
                seen.append(h.ServingStatus.Name(update.status))
                if update.status == serving:
                    break
            else:
                raise CaseFailure(f"{t.name}: Watch ended with {describe_status(updates)} before SERVING; saw {seen}")
        except grpc.RpcError as error:
            raise CaseFailure(
                f"{t.name}: Watch ended with {describe_status(error)} before SERVING; saw {seen}"
            ) from None
        finally:
            updates.cancel()

        response = unary_ok(t.health.Check, h.HealthCheckRequest(service=""), (), f'{t.name}: Check("")')
        expect(response.status == serving, f'{t.name}: expected Check("") SERVING, saw {describe(response)}')
        _, unknown = call_unary(t.health.Check, h.HealthCheckRequest(service="no.such.Service"))
        expect_status(unknown, Code.NOT_FOUND, f'{t.name}: Check("no.such.Service")')


def unary_with_token(p):
    rx, nx, therapist, patient = p.m.prescription, p.m.notification, p.callers.therapist, p.callers.patient
    templates = unary_ok(
        p.prescription.api.ListTemplates, rx.ListTemplatesRequest(), bearer(therapist.token), "ListTemplates"
    ).templates
    expect(len(templates) > 0, "expected ListTemplates to return templates, saw none")
    expect(
        all(t.template_id and t.name for t in templates),
        f"expected every template to have an id and a name, saw {list(map(describe, templates))}",
    )

    found = unary_ok(
        p.prescription.api.SearchExercises,
        rx.SearchExercisesRequest(text=""),
        bearer(therapist.token),
        "SearchExercises",
    )
    expect(len(found.exercises) > 0, "expected SearchExercises to list the built-in exercises, saw none")

    preferences = unary_ok(
        p.notification.api.GetPreferences, nx.GetPreferencesRequest(), bearer(patient.token), "GetPreferences"
    )
    expect(
        preferences.recipient_id == patient.id,
        f"expected the caller's own preferences ({patient.id}), saw {describe(preferences)}",
    )
    expect(
        nx.Channel.Value("IN_APP") in preferences.channels,
        f"expected IN_APP among the channels, saw {describe(preferences)}",
    )

    schedule = unary_ok(
        p.scheduling.api.GetPreferences,
        p.m.scheduling.GetPreferencesRequest(patient_id=patient.id),
        bearer(patient.token),
        "GetPreferences (scheduling)",
    )
    expect(
        schedule.patient_id == patient.id and schedule.is_default and schedule.time_zone,
        f"expected the caller's own default schedule preferences ({patient.id}), saw {describe(schedule)}",
    )

    # Health data: counts only in the messages.
    summary = unary_ok(
        p.progress.api.GetPatientSummary,
        p.m.progress.GetPatientSummaryRequest(patient_id=patient.id),
        bearer(patient.token),
        "GetPatientSummary",
    )
    expect(
        summary.patient_id == patient.id,
        f"expected the caller's own summary ({patient.id}), saw the summary of {summary.patient_id!r}",
    )
    expect(
        len(summary.pain) == 0 and summary.monitoring_days_30 == 0,
        f"expected an empty summary for a patient who reported nothing, saw {len(summary.pain)} pain points "
        f"and {summary.monitoring_days_30} monitoring days",
    )


def refused_credentials(callers):
    return [
        ("no authorization header", ()),
        ("a token signed by a key the services do not trust", bearer(callers.forged_token)),
        ("an expired token", bearer(callers.expired_token)),
        ("Basic credentials instead of a bearer token", (("authorization", "Basic dGhlcmFwaXN0OnNlY3JldA=="),)),
    ]


def unauthenticated_without_valid_token(p):
    rx, sx, px, nx = p.m.prescription, p.m.scheduling, p.m.progress, p.m.notification
    for what, metadata in refused_credentials(p.callers):
        response, call = call_unary(p.prescription.api.ListTemplates, rx.ListTemplatesRequest(), metadata)
        expect_status(call, Code.UNAUTHENTICATED, f"ListTemplates with {what}")
        expect(response is None, f"ListTemplates with {what} answered {describe(response)}")
        today = sx.GetTodayRequest(patient_id=p.callers.patient.id)
        response, call = call_unary(p.scheduling.api.GetToday, today, metadata)
        expect_status(call, Code.UNAUTHENTICATED, f"GetToday with {what}")
        expect(response is None, f"GetToday with {what} answered {describe(response)}")
        response, call = call_unary(p.progress.api.GetTriage, px.GetTriageRequest(), metadata)
        expect_status(call, Code.UNAUTHENTICATED, f"GetTriage with {what}")
        entries = 0 if response is None else len(response.patients)
        expect(response is None, f"GetTriage with {what} answered, with {entries} entries")
        _, call = call_unary(p.notification.api.GetPreferences, nx.GetPreferencesRequest(), metadata)
        expect_status(call, Code.UNAUTHENTICATED, f"GetPreferences with {what}")

        subscription = p.notification.api.Subscribe(
            nx.SubscribeRequest(after_cursor=0), metadata=metadata, timeout=CALL_TIMEOUT_S
        )
        first = next_or_none(subscription)
        expect(first is None, f"Subscribe with {what} sent {describe(first)}")
        expect_status(subscription, Code.UNAUTHENTICATED, f"Subscribe with {what}")


def bad_request_fields(p, call, what):
    """The fields named by the google.rpc.BadRequest in the call's grpc-status-details-bin."""
    details = [value for key, value in call.trailing_metadata() or () if key == "grpc-status-details-bin"]
    expect(len(details) == 1, f"{what}: expected one grpc-status-details-bin trailer, saw {len(details)}")
    status = p.m.rpc.Status.FromString(details[0])
    expect(
        status.code == Code.INVALID_ARGUMENT.value[0], f"{what}: expected google.rpc.Status code 3, saw {status.code}"
    )
    expect(
        status.message == call.details(),
        f"{what}: expected the rich status message {status.message!r} to be the grpc-message {call.details()!r}",
    )
    bad_requests = [any_ for any_ in status.details if any_.type_url == "type.googleapis.com/google.rpc.BadRequest"]
    expect(
        bad_requests,
        f"{what}: expected a google.rpc.BadRequest detail, saw {[any_.type_url for any_ in status.details]}",
    )
    return [violation.field for violation in p.m.rpc.BadRequest.FromString(bad_requests[0].value).field_violations]


def expect_field_violations(p, call, fields, what):
    expect_status(call, Code.INVALID_ARGUMENT, what)
    named = bad_request_fields(p, call, what)
    for field in fields:
        expect(field in named, f"{what}: expected a field violation for {field}, saw {named}")


def report_with_pain_out_of_scale(p, patient):
    """A session report, well formed but for pain_after: 11 on the 0-10 scale."""
    px = p.m.progress
    return px.SubmitSessionReportRequest(
        report_id=new_id(),
        patient_id=patient.id,
        programme_id=new_id(),
        programme_version=1,
        performed_at=p.m.protobuf.Timestamp(seconds=int(time.time())),
        pain_before=3,
        pain_after=11,
        exercises=[px.ExerciseResult(item_id=new_id(), sets=[px.SetResult(reps=10)])],
    )


def invalid_argument_details(p):
    rx, sx, px, nx = p.m.prescription, p.m.scheduling, p.m.progress, p.m.notification
    therapist, patient = p.callers.therapist, p.callers.patient
    preferences = nx.SetPreferencesRequest(
        request_id=new_id(), channels=[nx.Channel.Value("EMAIL")], email="not an address", time_zone="Mars/Olympus_Mons"
    )
    _, call = call_unary(p.notification.api.SetPreferences, preferences, bearer(patient.token))
    expect_field_violations(p, call, ["email", "time_zone"], "SetPreferences")

    programme = rx.PrescribeProgrammeRequest(request_id=new_id(), patient_id="not-a-uuid", template_id=new_id())
    _, call = call_unary(p.prescription.api.PrescribeProgramme, programme, bearer(therapist.token))
    expect_field_violations(p, call, ["patient_id"], "PrescribeProgramme")

    schedule = sx.SetPreferencesRequest(
        request_id=new_id(),
        patient_id=patient.id,
        time_zone="Mars/Olympus_Mons",
        exercise_times=[sx.ExerciseTime(day=sx.Weekday.Value("MONDAY"), start_time="25:00")],
    )
    _, call = call_unary(p.scheduling.api.SetPreferences, schedule, bearer(patient.token))
    expect_field_violations(p, call, ["time_zone", "exercise_times[0].start_time"], "SetPreferences (scheduling)")

    report = report_with_pain_out_of_scale(p, patient)
    _, call = call_unary(p.progress.api.SubmitSessionReport, report, bearer(patient.token))
    expect_field_violations(p, call, ["pain_after"], "SubmitSessionReport")

    # Nothing was written: the patient still has the defaults, and no reports.
    stored = unary_ok(
        p.notification.api.GetPreferences, nx.GetPreferencesRequest(), bearer(patient.token), "GetPreferences"
    )
    expect(
        not stored.email and not stored.HasField("updated_at"),
        f"expected no stored preferences after the refusal, saw {describe(stored)}",
    )
    stored_schedule = unary_ok(
        p.scheduling.api.GetPreferences,
        sx.GetPreferencesRequest(patient_id=patient.id),
        bearer(patient.token),
        "GetPreferences (scheduling)",
    )
    expect(
        stored_schedule.is_default and not stored_schedule.HasField("updated_at"),
        f"expected the default schedule preferences after the refusal, saw {describe(stored_schedule)}",
    )
    reports = unary_ok(
        p.progress.api.ListSessionReports,
        px.ListSessionReportsRequest(patient_id=patient.id),
        bearer(patient.token),
        "ListSessionReports",
    ).reports
    expect(len(reports) == 0, f"expected no session reports after the refusal, saw {len(reports)}")


def gzip_request(p):
    nx, therapist = p.m.notification, p.callers.therapist
    # Long and repetitive, so gzip shrinks it and grpcio really sends it compressed; the
    # therapist receives nothing in this run, so the address is never used.
    webhook_url = "https://hooks.example.org/telehealth/" + "interop-" * 150
    request = nx.SetPreferencesRequest(
        request_id=new_id(),
        channels=[nx.Channel.Value("IN_APP"), nx.Channel.Value("WEBHOOK")],
        webhook_url=webhook_url,
        time_zone="Europe/London",
        quiet_hours=nx.QuietHours(start="22:00", end="07:00"),
    )
    saved = unary_ok(
        p.notification.api.SetPreferences,
        request,
        bearer(therapist.token),
        "SetPreferences (gzip)",
        compression=grpc.Compression.Gzip,
    )
    expect(
        saved.webhook_url == webhook_url,
        f"expected the {len(webhook_url)}-character URL back, saw {saved.webhook_url!r}",
    )

    stored = unary_ok(
        p.notification.api.GetPreferences, nx.GetPreferencesRequest(), bearer(therapist.token), "GetPreferences"
    )
    expect(
        stored.webhook_url == webhook_url
        and stored.time_zone == "Europe/London"
        and nx.Channel.Value("WEBHOOK") in stored.channels,
        f"expected the preferences sent compressed to be stored, saw {describe(stored)}",
    )
    expect(
        stored.quiet_hours.start == "22:00" and stored.quiet_hours.end == "07:00",
        f"expected quiet hours 22:00-07:00, saw {describe(stored.quiet_hours)}",
    )


def read_until(responses, accept, what):
    try:
        for message in responses:
            if accept(message):
                return message
    except grpc.RpcError as error:
        raise CaseFailure(f"{what}: the stream ended with {describe_status(error)}") from None
    raise CaseFailure(f"{what}: the stream ended with {describe_status(responses)}")


def subscribe_receives_notification(p):
    rx, nx, therapist, patient = p.m.prescription, p.m.notification, p.callers.therapist, p.callers.patient
    subscription = p.notification.api.Subscribe(
        nx.SubscribeRequest(after_cursor=0), metadata=bearer(patient.token), timeout=NOTIFICATION_WAIT_S
    )
    try:
        expect_headers(subscription, "Subscribe")
        templates = unary_ok(
            p.prescription.api.ListTemplates, rx.ListTemplatesRequest(), bearer(therapist.token), "ListTemplates"
        ).templates
        prescribe = rx.PrescribeProgrammeRequest(
            request_id=new_id(), patient_id=patient.id, template_id=templates[0].template_id, reason="interop"
        )
        programme = unary_ok(
            p.prescription.api.PrescribeProgramme, prescribe, bearer(therapist.token), "PrescribeProgramme"
        )
        expect(
            programme.patient_id == patient.id and programme.status == rx.ProgrammeStatus.Value("ACTIVE"),
            f"expected an active programme for {patient.id}, saw {describe(programme)}",
        )

        programme_ready = nx.NotificationKind.Value("PROGRAMME_READY")
        ready = read_until(subscription, lambda n: n.kind == programme_ready, "waiting for PROGRAMME_READY")
        expect(
            ready.patient_id == patient.id, f"expected the notification to be about {patient.id}, saw {describe(ready)}"
        )
        expect(
            ready.cursor >= 1 and ready.notification_id and ready.title,
            f"expected a cursor, an id and a title, saw {describe(ready)}",
        )
    finally:
        subscription.cancel()
    expect_status(subscription, Code.CANCELLED, "Subscribe after cancel()")


def cancel_subscription(p):
    nx, patient = p.m.notification, p.callers.patient
    subscription = p.notification.api.Subscribe(
        nx.SubscribeRequest(after_cursor=QUIET_CURSOR), metadata=bearer(patient.token), timeout=CALL_TIMEOUT_S
    )
    try:
        expect_headers(subscription, "Subscribe")
    finally:
        subscription.cancel()
    expect_status(subscription, Code.CANCELLED, "Subscribe after cancel()")
    after = next_or_none(subscription)
    expect(after is None, f"expected nothing after cancelling, saw {describe(after)}")
    # The cancellation stays on that call: the connection goes on serving.
    unary_ok(
        p.notification.api.GetPreferences,
        nx.GetPreferencesRequest(),
        bearer(patient.token),
        "GetPreferences after the cancellation",
    )


def deadline_exceeded(p):
    nx, patient = p.m.notification, p.callers.patient
    started = time.monotonic()
    subscription = p.notification.api.Subscribe(
        nx.SubscribeRequest(after_cursor=QUIET_CURSOR), metadata=bearer(patient.token), timeout=SHORT_DEADLINE_S
    )
    first = next_or_none(subscription)
    elapsed = time.monotonic() - started
    expect_status(subscription, Code.DEADLINE_EXCEEDED, f"Subscribe with a {SHORT_DEADLINE_S * 1000:.0f} ms deadline")
    expect(first is None, f"expected no notification after cursor {QUIET_CURSOR}, saw {describe(first)}")
    # A little slack for timer granularity: ending much earlier would be some other failure.
    expect(
        elapsed >= SHORT_DEADLINE_S - 0.05,
        f"expected the call to last until its deadline, it ended after {elapsed * 1000:.0f} ms",
    )


def reflection_with(p, reflection_of, messages):
    for t in p.targets:
        reflection = Reflection(reflection_of(t))
        try:
            listed = reflection.ask(messages.ServerReflectionRequest(list_services=""))
            names = [service.name for service in listed.list_services_response.service]
            for name in [t.service, AUDIT_SERVICE, HEALTH_SERVICE]:
                expect(name in names, f"{t.name}: expected list_services to include {name}, saw {names}")

            file = file_descriptors(
                reflection.ask(messages.ServerReflectionRequest(file_containing_symbol=t.service)), t.service
            )[0]
            declared = [service for service in file.service if service.name == t.service.rsplit(".", 1)[1]]
            expect(file.package == t.package and declared, f"{t.name}: expected {file.name} to declare {t.service}")
            reflected = sorted(method.name for method in declared[0].method)
            contract = sorted(method.name for method in t.api.service.methods)
            expect(reflected == contract, f"{t.name}: expected the methods {contract}, reflection lists {reflected}")

            unknown = reflection.ask(messages.ServerReflectionRequest(file_containing_symbol="no.such.Symbol"))
            expect(
                unknown.WhichOneof("message_response") == "error_response"
                and unknown.error_response.error_code == Code.NOT_FOUND.value[0],
                f"{t.name}: expected error_response NOT_FOUND for no.such.Symbol, saw {describe(unknown)}",
            )
        finally:
            finished = reflection.close()
        expect_status(finished, Code.OK, f"{t.name}: ServerReflectionInfo")


def reflection_v1(p):
    reflection_with(p, lambda t: t.reflection_v1, p.m.reflection_v1)


def reflection_v1alpha(p):
    reflection_with(p, lambda t: t.reflection_v1alpha, p.m.reflection_v1alpha)


def reflected_stub(p, t):
    """A stub for the target's service, and the pool it came from, built from reflected descriptors alone."""
    reflection = Reflection(t.reflection_v1)
    try:
        files = descriptors_for(reflection, p.m.reflection_v1, t.service)
    finally:
        finished = reflection.close()
    expect_status(finished, Code.OK, f"{t.name}: ServerReflectionInfo")
    pool = pool_of(files.values())
    return Stub(t.channel, pool, t.service), pool


def call_from_reflection(p):
    therapist, patient = p.callers.therapist, p.callers.patient
    stub, pool = reflected_stub(p, p.prescription)
    search = message_class(pool.FindMessageTypeByName("telehealth.prescription.v1.SearchExercisesRequest"))
    category = enum_type(pool, "telehealth.prescription.v1.ExerciseCategory")
    glute = category.Value("GLUTE_ACTIVATION")
    found = unary_ok(
        stub.SearchExercises, search(category=glute), bearer(therapist.token), "SearchExercises (built from reflection)"
    )
    expect(
        len(found.exercises) > 0, "expected SearchExercises (built from reflection) to find glute exercises, saw none"
    )
    categories = sorted({category.Name(exercise.category) for exercise in found.exercises})
    expect(categories == ["GLUTE_ACTIVATION"], f"expected only GLUTE_ACTIVATION exercises, saw {categories}")

    stub, pool = reflected_stub(p, p.notification)
    get = message_class(pool.FindMessageTypeByName("telehealth.notification.v1.GetPreferencesRequest"))
    preferences = unary_ok(stub.GetPreferences, get(), bearer(patient.token), "GetPreferences (built from reflection)")
    expect(
        preferences.recipient_id == patient.id,
        f"expected GetPreferences (built from reflection) for {patient.id}, saw {describe(preferences)}",
    )

    stub, pool = reflected_stub(p, p.scheduling)
    get = message_class(pool.FindMessageTypeByName("telehealth.scheduling.v1.GetTodayRequest"))
    today = unary_ok(
        stub.GetToday, get(patient_id=patient.id), bearer(patient.token), "GetToday (built from reflection)"
    )
    schedule_of, zone, first, last = today.patient_id, today.time_zone, today.from_date, today.to_date
    expect(
        schedule_of == patient.id and zone and first and first == last,
        f"expected GetToday (built from reflection) to give one day of {patient.id}'s schedule, saw "
        f"patient_id={schedule_of!r} time_zone={zone!r} from_date={first!r} to_date={last!r}",
    )

    # The run's therapist prescribes for the run's patient alone: nobody else can be in their caseload.
    stub, pool = reflected_stub(p, p.progress)
    get = message_class(pool.FindMessageTypeByName("telehealth.progress.v1.GetTriageRequest"))
    triage = unary_ok(stub.GetTriage, get(), bearer(therapist.token), "GetTriage (built from reflection)")
    listed = [entry.patient_id for entry in triage.patients]
    expect(
        all(listed_id == patient.id for listed_id in listed),
        f"expected GetTriage (built from reflection) to list at most {patient.id}, saw {listed}",
    )
    unranked = sum(1 for entry in triage.patients if entry.level == 0)
    expect(unranked == 0, f"expected every triage entry to have a level, saw {unranked} of {len(listed)} without")


CASES = {
    case.__name__: case
    for case in [
        health_serving,
        unary_with_token,
        unauthenticated_without_valid_token,
        invalid_argument_details,
        gzip_request,
        subscribe_receives_notification,
        cancel_subscription,
        deadline_exceeded,
        reflection_v1,
        reflection_v1alpha,
        call_from_reflection,
    ]
}
