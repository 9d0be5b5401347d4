namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>Why the child left (辍学原因): they drive the return plan's measures.</summary>
internal enum DropoutReason
{
    Financial,
    Learning,
    Family,
    Work,
    Marriage,
    Illness,
    Disability,
    Other,
}
