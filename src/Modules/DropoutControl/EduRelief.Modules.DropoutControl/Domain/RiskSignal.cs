namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>What puts a compulsory-stage student at risk of dropping out (辍学风险); the risk score weighs each one present.</summary>
internal enum RiskSignal
{
    /// <summary>The household holds a hardship category (建档立卡, 低保, 特困, …).</summary>
    Hardship,

    LeftBehind,

    /// <summary>Disabled in the Registry, with no plan in a school mode in force in SpecialNeeds.</summary>
    DisabledUnplaced,

    /// <summary>Two years or more older than the grade (<see cref="GradeAge"/>).</summary>
    OverAge,

    /// <summary>Moved school within the recent months the county sets.</summary>
    SchoolChanges,

    /// <summary>A dropout case of theirs was closed within the last year.</summary>
    RecentCase,
}
