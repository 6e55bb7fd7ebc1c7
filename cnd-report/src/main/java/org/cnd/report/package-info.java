/** What the data gives back. */
package org.cnd.report;
