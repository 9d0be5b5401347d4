namespace EduRelief.Modules.DropoutControl.Jobs;

/// <summary>What a run of the risk job did, for its report.</summary>
internal sealed class RiskTally
{
    public int Scored { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Dropped { get; set; }
}
