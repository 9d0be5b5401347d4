namespace EduRelief.Modules.DropoutControl;

/// <summary>What the county sets for dropout control (<c>EduRelief:DropoutControl</c>).</summary>
internal sealed class DropoutControlOptions
{
    public const string Section = "EduRelief:DropoutControl";

    /// <summary>Months a returned student is observed before the case is closed (复学观察期): one semester by default.</summary>
    public int ObservationMonths { get; set; } = 6;
}
