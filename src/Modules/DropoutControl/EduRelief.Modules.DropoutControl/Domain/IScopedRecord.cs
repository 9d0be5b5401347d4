namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>A record kept for a township and a school, both copied from the Registry when it is made, so scope filters in SQL.</summary>
internal interface IScopedRecord
{
    string TownshipCode { get; }

    string? SchoolCode { get; }
}
