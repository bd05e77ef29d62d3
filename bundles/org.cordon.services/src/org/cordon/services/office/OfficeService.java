package org.cordon.services.office;

/** The office's figures. */
public interface OfficeService {

	OfficeFigures figures();
}
