package org.cordon.model.office;

/** What the office issues. */
public enum DocumentKind {
	/** 文件: a numbered document. */
	DOCUMENT,
	/** 通知: a notice. */
	NOTICE
}
