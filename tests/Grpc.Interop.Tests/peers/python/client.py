#!/usr/bin/python3
"""The grpcio peer: calls the running telehealth services as a patient app written in python
would, with nothing but the public .proto files.

    /usr/bin/python3 client.py --prescription 127.0.0.1:PORT --scheduling 127.0.0.1:PORT
                               --progress 127.0.0.1:PORT --notification 127.0.0.1:PORT
                               [--cases case1,case2,...] [--ca ca.pem]

The callers come from the environment (see ../README.md). With --ca the channels are TLS and
trust only the authority in that PEM file. Prints one JSON line per case, {"case":...,"ok":true}
or {"case":...,"ok":false,"error":...}, and exits 0 only if every case passed (1 if any failed,
2 on a bad command line or environment).
"""

import argparse
import json
import os
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import grpc

from calls import CaseFailure, describe_status
from cases import CASES
from descriptors import Stub, compile_protos, types_of

# Past every call's own deadline, so a deadline surfaces as the status it produced rather than
# as this bare timeout.
CASE_GUARD_S = 60.0

CALLER_VARIABLES = {
    "therapist_id": "TELEHEALTH_THERAPIST_ID",
    "therapist_token": "TELEHEALTH_THERAPIST_TOKEN",
    "patient_id": "TELEHEALTH_PATIENT_ID",
    "patient_token": "TELEHEALTH_PATIENT_TOKEN",
    "forged_token": "TELEHEALTH_FORGED_TOKEN",
    "expired_token": "TELEHEALTH_EXPIRED_TOKEN",
}


def read_callers():
    values = {}
    for key, variable in CALLER_VARIABLES.items():
        values[key] = os.environ.get(variable)
        if not values[key]:
            raise ValueError(f"{variable} is not set")
    return SimpleNamespace(
        therapist=SimpleNamespace(id=values["therapist_id"], token=values["therapist_token"]),
        patient=SimpleNamespace(id=values["patient_id"], token=values["patient_token"]),
        forged_token=values["forged_token"],
        expired_token=values["expired_token"],
    )


def create_channel(address, ca_file):
    if ca_file is None:
        return grpc.insecure_channel(address)
    credentials = grpc.ssl_channel_credentials(root_certificates=Path(ca_file).read_bytes())
    return grpc.secure_channel(address, credentials)


def target(name, address, service, pool, ca_file):
    channel = create_channel(address, ca_file)
    return SimpleNamespace(
        name=name,
        address=address,
        service=service,
        package=service.rsplit(".", 1)[0],
        channel=channel,
        api=Stub(channel, pool, service),
        health=Stub(channel, pool, "grpc.health.v1.Health"),
        reflection_v1=Stub(channel, pool, "grpc.reflection.v1.ServerReflection"),
        reflection_v1alpha=Stub(channel, pool, "grpc.reflection.v1alpha.ServerReflection"),
    )


def message_types(pool):
    reflection = ("ServerReflectionRequest",)
    return SimpleNamespace(
        prescription=types_of(
            pool,
            "telehealth.prescription.v1",
            "ListTemplatesRequest",
            "SearchExercisesRequest",
            "PrescribeProgrammeRequest",
            "ProgrammeStatus",
        ),
        scheduling=types_of(
            pool,
            "telehealth.scheduling.v1",
            "GetPreferencesRequest",
            "SetPreferencesRequest",
            "ExerciseTime",
            "Weekday",
            "GetTodayRequest",
        ),
        progress=types_of(
            pool,
            "telehealth.progress.v1",
            "GetPatientSummaryRequest",
            "ListSessionReportsRequest",
            "GetTriageRequest",
            "SubmitSessionReportRequest",
            "ExerciseResult",
            "SetResult",
        ),
        notification=types_of(
            pool,
            "telehealth.notification.v1",
            "GetPreferencesRequest",
            "SetPreferencesRequest",
            "SubscribeRequest",
            "QuietHours",
            "Channel",
            "NotificationKind",
        ),
        health=types_of(pool, "grpc.health.v1", "HealthCheckRequest", "HealthCheckResponse.ServingStatus"),
        reflection_v1=types_of(pool, "grpc.reflection.v1", *reflection),
        reflection_v1alpha=types_of(pool, "grpc.reflection.v1alpha", *reflection),
        rpc=types_of(pool, "google.rpc", "Status", "BadRequest"),
        protobuf=types_of(pool, "google.protobuf", "Timestamp"),
    )


def create_peer(args):
    pool = compile_protos()
    targets = [
        target("prescription", args.prescription, "telehealth.prescription.v1.PrescriptionService", pool, args.ca),
        target("scheduling", args.scheduling, "telehealth.scheduling.v1.SchedulingService", pool, args.ca),
        target("progress", args.progress, "telehealth.progress.v1.ProgressService", pool, args.ca),
        target("notification", args.notification, "telehealth.notification.v1.NotificationService", pool, args.ca),
    ]
    return SimpleNamespace(
        targets=targets,
        # Each target by its name too: p.prescription, p.scheduling, p.progress, p.notification.
        **{t.name: t for t in targets},
        callers=read_callers(),
        m=message_types(pool),
    )


def run_case(name, peer):
    """Runs a case on its own thread so one that hangs is reported and left behind."""
    outcome = {}

    def target_thread():
        try:
            CASES[name](peer)
            outcome["error"] = None
        except CaseFailure as failure:
            outcome["error"] = str(failure)
        except grpc.RpcError as error:  # a call failed where the case expected success
            outcome["error"] = f"unexpected status {describe_status(error)}"
        except Exception as error:  # a bug in the case itself: report it and go on
            outcome["error"] = f"{type(error).__name__}: {error}"

    thread = threading.Thread(target=target_thread, name=name, daemon=True)
    thread.start()
    thread.join(CASE_GUARD_S)
    if thread.is_alive():
        return {"case": name, "ok": False, "error": f"timed out after {CASE_GUARD_S:.0f} s"}, True
    if outcome["error"] is None:
        return {"case": name, "ok": True}, False
    return {"case": name, "ok": False, "error": outcome["error"]}, False


def parse_command_line():
    parser = argparse.ArgumentParser(description="grpcio peer of the telehealth services")
    parser.add_argument("--prescription", required=True, help="HOST:PORT of the prescription service's gRPC endpoint")
    parser.add_argument("--scheduling", required=True, help="HOST:PORT of the scheduling service's gRPC endpoint")
    parser.add_argument("--progress", required=True, help="HOST:PORT of the progress service's gRPC endpoint")
    parser.add_argument("--notification", required=True, help="HOST:PORT of the notification service's gRPC endpoint")
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--ca", help="PEM file of the certificate authority to trust; the channels are TLS with it")
    args = parser.parse_args()
    args.cases = [name.strip() for name in args.cases.split(",") if name.strip()] if args.cases else list(CASES)
    unknown = [name for name in args.cases if name not in CASES]
    if unknown:
        parser.error(f"unknown cases: {', '.join(unknown)}; known: {', '.join(CASES)}")
    return args


def main():
    args = parse_command_line()
    try:
        peer = create_peer(args)
    except (ValueError, RuntimeError) as error:
        print(f"client.py: {error}", file=sys.stderr)
        sys.exit(2)
    all_passed = True
    any_hung = False
    for name in args.cases:
        result, hung = run_case(name, peer)
        all_passed = all_passed and result["ok"]
        any_hung = any_hung or hung
        print(json.dumps(result, separators=(",", ":")), flush=True)
    exit_code = 0 if all_passed else 1
    if any_hung:
        # A hung case still holds a blocked call; closing the channels or the interpreter's
        # normal shutdown could wait on it.
        os._exit(exit_code)
    for t in peer.targets:
        t.channel.close()
    sys.exit(exit_code)


if __name__ == "__main__":
    main()
