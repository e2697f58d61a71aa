namespace Telehealth.ServiceDefaults.Api;

public enum CallerRole
{
    Patient,
    Therapist,
    Operator,
    Service,
}
