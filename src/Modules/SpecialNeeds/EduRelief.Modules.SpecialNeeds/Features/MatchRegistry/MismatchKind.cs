namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>Why a child is on the follow-up list of the register/Registry match.</summary>
internal enum MismatchKind
{
    /// <summary>A Registry student flagged disabled with no entry on the register.</summary>
    NotOnRegister,

    /// <summary>A register entry whose category or grade differs from the Registry's (or the Registry flags no disability).</summary>
    DisabilityDiffers,

    /// <summary>A child of school age on the register with no placement in force (none, or awaiting placement).</summary>
    Unplaced,
}
