namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>The counts of <c>/figures</c> whose records <c>/figures/records</c> lists.</summary>
internal enum FigureKey
{
    PersuadedReturns,
    OpenConfirmed,
    EnrolledAtStart,
    DroppedNotReturned,
}
