namespace EduRelief.Host.Demo.County;

/// <summary>A policy-outreach activity (教育扶贫政策进万家) in a township: who came and how many leaflets went out.</summary>
internal sealed record PlannedOutreach(DateOnly Date, string TownshipCode, string Kind, int Participants, int Materials);
