/** The WeChat channel in the running application, WireMock standing in for the WeChat API. */
@NullMarked
package io.anxin.app.wechat;

import org.jspecify.annotations.NullMarked;
